import '@mantine/core/styles/Notification.css';
import '@mantine/notifications/styles.css';
import { useMediaQuery } from '@mantine/hooks';
import { Notifications, type NotificationsStore } from '@mantine/notifications';

export { createNotificationsStore, showNotification } from '@mantine/notifications';

/**
 * Toasts where they cover nothing being typed: beside the month on a wide screen (bottom left, away
 * from the form on the right, whose Name field a top-centred toast covered), at the top on a phone
 * (the form is a sheet at the bottom).
 */
export default function Toaster({ store }: { store: NotificationsStore }) {
  const wide = useMediaQuery('(min-width: 62em)');
  return <Notifications store={store} position={wide ? 'bottom-left' : 'top-center'} />;
}
