import { createMemoryHistory } from "@tanstack/react-router";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AppProviders } from "../AppProviders";
import { installFakeBackend, type FakeHandlers } from "../ipc/fakeBackend";
import { createQueryClient } from "../ipc/queries";
import { AppRouter, createAppRouter } from "../routes";
import { happyBackend } from "./fixtures";

/** Renders the whole app at a path, against a fake backend made of the happy path plus the given overrides. */
export function renderApp(path: string, overrides: FakeHandlers = {}, base: FakeHandlers = happyBackend()) {
  const backend = installFakeBackend({ ...base, ...overrides });
  const queryClient = createQueryClient();
  const router = createAppRouter({ queryClient, history: createMemoryHistory({ initialEntries: [path] }) });
  const user = userEvent.setup();
  render(
    <AppProviders queryClient={queryClient} env="test">
      <AppRouter router={router} />
    </AppProviders>,
  );
  return { backend, router, queryClient, user };
}
