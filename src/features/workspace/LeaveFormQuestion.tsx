// The question before the event form is left with something to lose (DiscardChangesDialog, in the
// workspace's words): unsaved edits, or, while a save is on the way, nothing that leaving stops. The
// latter closes by itself once the save is done (the leaving then goes on).
import { DiscardChangesDialog } from '../../ui/DiscardChanges';
import { useTexts } from '../../i18n/I18nProvider';
import { WORKSPACE_TEXTS } from './workspaceText';

interface LeaveFormQuestionProps {
  opened: boolean;
  /** A save of the form is on the way. */
  saving?: boolean;
  onKeep: () => void;
  onDiscard: () => void;
}

export function LeaveFormQuestion({ opened, saving, onKeep, onDiscard }: LeaveFormQuestionProps) {
  const w = useTexts(WORKSPACE_TEXTS);
  const words = saving ? { title: w('savingTitle'), body: w('savingBody'), keepLabel: w('stayHere'), discardLabel: w('leaveNow') } : { body: w('discardBody') };
  return <DiscardChangesDialog opened={opened} {...words} onKeep={onKeep} onDiscard={onDiscard} />;
}
