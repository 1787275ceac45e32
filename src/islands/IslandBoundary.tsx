import { Component, type ErrorInfo, type ReactNode } from "react";

/** What a reader sees in place of an example that failed, whether it never loaded or broke later. */
export function IslandFailure() {
  return (
    <div className="island-failed" role="alert">
      <p>
        <strong>This interactive example stopped working.</strong> Everything else on the page, its text, formulas and
        numbers, is still correct. Reload the page to try the example again.
      </p>
    </div>
  );
}

interface IslandBoundaryProps {
  /** The island's DOM id, named in the console message when it fails. */
  readonly id: string;
  readonly children: ReactNode;
  /** Called once the island has mounted (hydrated): its event handlers answer from now on. */
  readonly onMounted?: () => void;
  /** Called with a function that switches the island to its failure message from outside React. */
  readonly onReady?: (fail: (error: unknown) => void) => void;
  /** Called when the island switched to its failure message. */
  readonly onFailed?: () => void;
}

interface IslandBoundaryState {
  readonly failed: boolean;
}

/**
 * Wraps every island root, on the server and in the browser (it renders no DOM of its own, so
 * the markup and useId values are the same with or without it). A render, effect or hydration
 * error below it replaces the island with <IslandFailure>; errors React does not route to error
 * boundaries (thrown in event handlers) reach it through the `fail` function given to `onReady`.
 */
export class IslandBoundary extends Component<IslandBoundaryProps, IslandBoundaryState> {
  override state: IslandBoundaryState = { failed: false };

  static getDerivedStateFromError(): IslandBoundaryState {
    return { failed: true };
  }

  override componentDidMount() {
    this.props.onReady?.((error) => {
      this.report(error);
      this.setState({ failed: true });
    });
    if (this.state.failed) this.props.onFailed?.();
    else this.props.onMounted?.();
  }

  override componentDidUpdate(_props: IslandBoundaryProps, previous: IslandBoundaryState) {
    if (this.state.failed && !previous.failed) this.props.onFailed?.();
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    this.report(error, info.componentStack ?? undefined);
  }

  private report(error: unknown, stack?: string) {
    console.error(`The example "${this.props.id}" failed and was replaced by a message:`, error, stack ?? "");
  }

  override render() {
    return this.state.failed ? <IslandFailure /> : this.props.children;
  }
}
