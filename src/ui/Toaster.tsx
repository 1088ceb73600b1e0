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
 * In a portal's iframe (`inFlow`) below the panel's content, in the page's flow: the portal sizes the
 * frame to its content, so a fixed toast sat on the frame's bottom edge, over Save.
 */
/** Mantine cuts a toast taller than this (200 px by default): an Undo's question with its two buttons is taller. */
const MAX_HEIGHT = 480;

export default function Toaster({ store, inFlow = false }: { store: NotificationsStore; inFlow?: boolean }) {
  const wide = useMediaQuery('(min-width: 62em)');
  if (inFlow) return <Notifications store={store} position="bottom-center" withinPortal={false} notificationMaxHeight={MAX_HEIGHT} classNames={{ root: classes.inFlow }} />;
  return <Notifications store={store} position={wide ? 'bottom-left' : 'bottom-center'} notificationMaxHeight={MAX_HEIGHT} classNames={wide ? undefined : { root: classes.phone }} />;
}
