import '../../src/reader/reader.css';
import '../../src/reader/popup.css';
import { startPopup } from '../../src/popup/app';

void startPopup(document.getElementById('app')!);
