// The stylesheets every dialog (Mantine's Modal) needs, for the chunk that first opens one: the first
// page loads only the components it shows (src/styles.ts), each later chunk adds its own.
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Overlay.css';
