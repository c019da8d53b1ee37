import { defineContentScript } from 'wxt/utils/define-content-script';
import '../../components/card.css';
import { runContextCards } from './context-cards';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main: (ctx) => runContextCards(ctx),
});
