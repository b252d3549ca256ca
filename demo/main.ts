import { resolveLocale } from '@dossier/core';

const app = document.querySelector('#app');
if (app) app.textContent = `Dossier demo — locale ${resolveLocale(navigator.language)}`;
