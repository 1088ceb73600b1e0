// The words several parts of the panel share (a button's Retry, Cancel or Close), written once, and
// the punctuation that differs between the languages: English joins two sentences with a space,
// Chinese runs them together; English separates a list's parts with a comma, Chinese with ，.
import { defineTexts, type Texts } from './text';

const en = {
  retry: 'Retry',
  cancel: 'Cancel',
  close: 'Close',
  save: 'Save',
  saving: 'Saving…',
  undo: 'Undo',
  copy: 'Copy',
  copied: 'Copied',
  sentences: '{first} {second}',
  commaList: ', ',
} as const;

const zhCN: Texts<typeof en>['zh-CN'] = {
  retry: '重试',
  cancel: '取消',
  close: '关闭',
  save: '保存',
  saving: '正在保存…',
  undo: '撤销',
  copy: '复制',
  copied: '已复制',
  sentences: '{first}{second}',
  commaList: '，',
};

export const COMMON_TEXTS = defineTexts('common', en, zhCN);
