// The form frame's question before the portal's set-calendar drops unsaved edits (or leaves a save
// on the way): the workspace's own (LeaveFormQuestion). Its own chunk, loaded once the portal sends
// a calendar: the form frame brings no modal code otherwise.
import { LeaveFormQuestion } from '../features/workspace/LeaveFormQuestion';

export default LeaveFormQuestion;
