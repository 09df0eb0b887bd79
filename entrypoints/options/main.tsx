import { render } from 'preact';
import '@/components/ui.css';
import '@/components/popup/popup.css';
import './style.css';
import { installStorageReadProbe } from '@/lib/storage/read-probe';
import { OptionsApp } from './App';

installStorageReadProbe();

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
