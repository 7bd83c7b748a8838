import { useEffect, useRef } from 'react';

/**
 * Move focus to a step's heading when the step changes, so keyboard and
 * screen-reader users land on the new content instead of the old button.
 */
export function useFocusHeading<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [key]);
  return ref;
}
