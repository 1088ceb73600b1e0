import '@mantine/core/styles/Notification.css';
import '@mantine/notifications/styles.css';
import { useMediaQuery } from '@mantine/hooks';
import { Notifications, type NotificationsStore } from '@mantine/notifications';
import classes from './Toaster.module.css';

export { createNotificationsStore, showNotification } from '@mantine/notifications';

/**
 * Toasts where they cover nothing being typed: beside the month on a wide screen (bottom left, away
 * from the form on the right, whose Name field a top-centred toast covered). On a phone at the
 * bottom, just above the event form's sheet when it is open (FormSheet.tsx sets its height): at the
 * top they covered the month's controls (‹ ›, month and year) and the first week.
 */
export default function Toaster({ store }: { store: NotificationsStore }) {
  const wide = useMediaQuery('(min-width: 62em)');
  return <Notifications store={store} position={wide ? 'bottom-left' : 'bottom-center'} classNames={wide ? undefined : { root: classes.phone }} />;
}
