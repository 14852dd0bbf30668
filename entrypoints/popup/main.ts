import '../../src/reader/reader.css';
import { startPopup } from '../../src/popup/app';

void startPopup(document.getElementById('app')!);
