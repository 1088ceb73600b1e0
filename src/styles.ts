// Only the stylesheets of the Mantine components the panel uses (not the whole library's).
// Order matters: global styles first, then the components that others build on.
import '@mantine/core/styles/baseline.css';
import '@mantine/core/styles/default-css-variables.css';
import '@mantine/core/styles/global.css';
import '@mantine/core/styles/UnstyledButton.css';
import '@mantine/core/styles/VisuallyHidden.css';
import '@mantine/core/styles/Paper.css';
import '@mantine/core/styles/CloseButton.css';
import '@mantine/core/styles/Group.css';
import '@mantine/core/styles/Stack.css';
import '@mantine/core/styles/Loader.css';
import '@mantine/core/styles/Input.css';
import '@mantine/core/styles/InlineInput.css';
import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/ActionIcon.css';
import '@mantine/core/styles/Alert.css';
import '@mantine/core/styles/Anchor.css';
import '@mantine/core/styles/Code.css';
import '@mantine/core/styles/Container.css';
import '@mantine/core/styles/List.css';
import '@mantine/core/styles/Switch.css';
import '@mantine/core/styles/Text.css';
import '@mantine/core/styles/Title.css';
import './ui/focus.css';
import './ui/colors.css';
// The prerendered workspace shell's own styles, painted with the HTML before src/start.tsx and the
// components that use them are loaded (vite.config.ts keeps these imports).
import './features/workspace/WorkspaceShell.module.css';
import './features/workspace/CalendarBar.module.css';
import './features/workspace/MonthGrid.module.css';
