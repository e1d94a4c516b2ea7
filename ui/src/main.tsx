import "@mantine/core/styles.css";
import "./appearance.css";
import { createHashHistory } from "@tanstack/react-router";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { AppProviders } from "./AppProviders";
import { createQueryClient } from "./ipc/queries";
import { AppRouter, createAppRouter } from "./routes";

const queryClient = createQueryClient();
// Hash history: the webview loads index.html from the app bundle, so a deep path must never reach the asset server.
const router = createAppRouter({ queryClient, history: createHashHistory() });

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <AppProviders queryClient={queryClient}>
      <AppRouter router={router} />
    </AppProviders>
  </StrictMode>,
);
