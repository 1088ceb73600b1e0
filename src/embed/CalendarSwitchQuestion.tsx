// The form frame's question before the portal's set-calendar drops unsaved edits: the workspace's
// own (DiscardChangesDialog, in its words). Its own chunk, loaded once the portal sends a calendar:
// the form frame brings no modal code otherwise.
import { DiscardChangesDialog } from '../ui/DiscardChanges';
import { useTexts } from '../i18n/I18nProvider';
import { WORKSPACE_TEXTS } from '../features/workspace/workspaceText';

interface CalendarSwitchQuestionProps {
  opened: boolean;
  onKeep: () => void;
  onDiscard: () => void;
}

export default function CalendarSwitchQuestion({ opened, onKeep, onDiscard }: CalendarSwitchQuestionProps) {
  const w = useTexts(WORKSPACE_TEXTS);
  return <DiscardChangesDialog opened={opened} body={w('discardBody')} onKeep={onKeep} onDiscard={onDiscard} />;
}
