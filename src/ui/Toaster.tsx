import '@mantine/core/styles/Notification.css';
import '@mantine/notifications/styles.css';
import { Notifications, type NotificationsStore } from '@mantine/notifications';

export { createNotificationsStore, showNotification } from '@mantine/notifications';

export default function Toaster({ store }: { store: NotificationsStore }) {
  return <Notifications store={store} position="top-center" />;
}
