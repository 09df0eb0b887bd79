import { render } from 'preact';
import '@/components/ui.css';
import '@/components/popup/popup.css';
import './style.css';
import { OptionsApp } from './App';

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
