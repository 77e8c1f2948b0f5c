// The page shown for 404s and failures: a big status, a plain explanation and a way back.
import type { Ui } from '../i18n/index.js';
import { Layout } from './layout.js';

export interface ErrorPageProps {
  ui: Ui;
  status: number;
  title: string;
  text: string;
  /** The error's own message, shown for bad requests so the visitor can correct the address. */
  detail?: string;
}

export function ErrorPage({ ui, status, title, text, detail }: ErrorPageProps) {
  return (
    <Layout ui={ui} title={title} section={null}>
      <div class="error-page">
        <p class="status">{status}</p>
        <h1>{title}</h1>
        <p>{text}</p>
        {detail ? <p class="detail">{detail}</p> : null}
        <p>
          <a href="/">{ui.msg.goHome}</a>
        </p>
      </div>
    </Layout>
  );
}
