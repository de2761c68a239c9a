import type { Locale } from './locale';
import { type MessageText, allForms, pluralForm } from './plural';

/**
 * Every string the UI shows, in both languages, side by side so a missing translation is obvious in
 * review and caught by the completeness test. `{name}` placeholders are filled by `translate`. A text
 * that counts something (`{count}`) gives its plural forms where the language has them (`plural.ts`).
 */
const MESSAGES = {
  'app.name': { zh: 'OrgCanvas 组织画布', en: 'OrgCanvas' },
  'app.tagline': {
    zh: '与领导团队一起实时设计组织：岗位、汇报线、职责与人力成本。',
    en: 'Design your organisation together, live: roles, reporting lines, duties and personnel cost.',
  },
  'locale.switch': { zh: '界面语言', en: 'Interface language' },
  'common.cancel': { zh: '取消', en: 'Cancel' },
  'common.close': { zh: '关闭', en: 'Close' },
  'common.create': { zh: '创建', en: 'Create' },
  'common.delete': { zh: '删除', en: 'Delete' },
  'common.rename': { zh: '重命名', en: 'Rename' },
  'common.save': { zh: '保存', en: 'Save' },
  'common.copy': { zh: '复制', en: 'Copy' },
  'common.copied': { zh: '已复制', en: 'Copied' },
  'common.loading': { zh: '加载中…', en: 'Loading…' },
  'common.none': { zh: '无', en: 'None' },
  'common.add': { zh: '添加', en: 'Add' },
  'common.remove': { zh: '移除', en: 'Remove' },
  'common.moveUp': { zh: '上移', en: 'Move up' },
  'common.moveDown': { zh: '下移', en: 'Move down' },
  'common.back': { zh: '返回', en: 'Back' },
  'common.retry': { zh: '重试', en: 'Retry' },
  'common.untitled': { zh: '未命名', en: 'Untitled' },

  'home.title': { zh: '新建工作区', en: 'Create a workspace' },
  'home.nameLabel': { zh: '工作区名称', en: 'Workspace name' },
  'home.namePlaceholder': { zh: '例如：2025 组织调整', en: 'e.g. 2025 reorganisation' },
  'home.submit': { zh: '创建工作区', en: 'Create workspace' },
  'home.hint': {
    zh: '创建后会得到一个编辑链接和一个只读链接，发给团队即可一起设计。',
    en: 'You get an edit link and a view link to share with your team.',
  },
  'home.recent': { zh: '最近打开', en: 'Recently opened' },

  'error.generic': { zh: '出错了：{message}', en: 'Something went wrong: {message}' },
  'error.network': { zh: '无法连接服务器。', en: 'Cannot reach the server.' },
  'error.notFound': { zh: '页面不存在。', en: 'This page does not exist.' },
  'error.goHome': { zh: '回到首页', en: 'Go to the start page' },

  'workspace.scenarios': { zh: '方案', en: 'Scenarios' },
  'workspace.noScenarios': {
    zh: '还没有方案。新建一个空白方案，或从模板开始。',
    en: 'No scenarios yet. Start blank or from a template.',
  },
  'workspace.newScenario': { zh: '新建方案', en: 'New scenario' },
  'workspace.share': { zh: '分享', en: 'Share' },
  'workspace.editLink': { zh: '编辑链接', en: 'Edit link' },
  'workspace.viewLink': { zh: '只读链接', en: 'View link' },
  'workspace.editLinkHint': {
    zh: '拿到此链接的人可以修改所有方案。',
    en: 'Anyone with this link can change every scenario.',
  },
  'workspace.viewLinkHint': { zh: '拿到此链接的人只能查看。', en: 'Anyone with this link can only look.' },
  'workspace.open': { zh: '打开', en: 'Open' },
  'workspace.fork': { zh: '复制为新方案', en: 'Fork' },
  'workspace.export': { zh: '导出 JSON', en: 'Export JSON' },
  'workspace.forkName': { zh: '{name}（副本）', en: '{name} (copy)' },
  'workspace.updated': { zh: '更新于 {time}', en: 'Updated {time}' },
  'workspace.basedOn': { zh: '基于 {name}', en: 'Based on {name}' },
  'workspace.confirmDelete': {
    zh: '删除方案“{name}”？此操作无法撤销。',
    en: 'Delete the scenario “{name}”? This cannot be undone.',
  },
  'workspace.renamePrompt': { zh: '方案名称', en: 'Scenario name' },
  'workspace.viewOnlyNotice': {
    zh: '你正在以只读方式查看此工作区。',
    en: 'You are viewing this workspace read-only.',
  },
  'workspace.live': { zh: '实时更新', en: 'Live' },

  'newScenario.title': { zh: '新建方案', en: 'New scenario' },
  'newScenario.name': { zh: '方案名称', en: 'Scenario name' },
  'newScenario.defaultName': { zh: '新方案', en: 'New scenario' },
  'newScenario.blank': { zh: '空白', en: 'Blank' },
  'newScenario.blankHint': {
    zh: '一张空白的组织图，在编辑器中添加第一个岗位。',
    en: 'An empty chart; add the first role in the editor.',
  },
  'newScenario.template': { zh: '模板', en: 'Template' },
  'newScenario.file': { zh: 'JSON 文件', en: 'JSON file' },
  'newScenario.fileHint': {
    zh: '导入 OrgCanvas JSON v1 文件。文件会先整体校验，全部正确才导入。',
    en: 'Import an OrgCanvas JSON v1 file. The whole file is checked first; it is imported only if all of it is valid.',
  },
  'newScenario.chooseFile': { zh: '选择文件', en: 'Choose a file' },
  'newScenario.fileOk': {
    zh: '“{name}”：{roles}，{units}，可以导入。',
    en: '“{name}”: {roles}, {units}, ready to import.',
  },
  'newScenario.fileErrors': {
    zh: '文件有 {count} 处问题，未导入：',
    en: {
      one: 'The file has {count} problem and was not imported:',
      other: 'The file has {count} problems and was not imported:',
    },
  },
  'newScenario.counts': {
    zh: '{units} · {roles} · {items}',
    en: '{units} · {roles} · {items}',
  },
  'newScenario.pickTemplate': { zh: '请选择一个模板。', en: 'Choose a template.' },
  'newScenario.pickFile': { zh: '请选择一个有效的文件。', en: 'Choose a valid file.' },
  'newScenario.source': { zh: '来源：{source}', en: 'Source: {source}' },
  'newScenario.blankRole': { zh: '负责人', en: 'Head' },

  'editor.outline': { zh: '大纲', en: 'Outline' },
  'editor.units': { zh: '部门', en: 'Units' },
  'editor.inspector': { zh: '岗位详情', en: 'Role details' },
  'editor.canvas': { zh: '组织图', en: 'Org chart' },
  'editor.canvasLoading': { zh: '画布加载中…', en: 'Loading the canvas…' },
  'editor.canvasFailed': {
    zh: '画布无法显示。可在左侧大纲中继续查看和编辑组织，刷新页面可重试。',
    en: 'The canvas could not be shown. The outline on the left still views and edits the org; reload to try again.',
  },
  'editor.backToWorkspace': { zh: '返回工作区', en: 'Back to the workspace' },
  'editor.loading': { zh: '正在打开方案…', en: 'Opening the scenario…' },
  'editor.viewOnly': { zh: '只读', en: 'View only' },
  'editor.viewOnlyToast': {
    zh: '只读：你不能修改此方案。',
    en: 'View only: you cannot change this scenario.',
  },
  'editor.newRole': { zh: '新岗位', en: 'New role' },
  'editor.addRole': { zh: '添加岗位', en: 'Add role' },
  'editor.addSubordinate': { zh: '添加下级', en: 'Add subordinate' },
  'editor.addSibling': { zh: '添加同级', en: 'Add sibling' },
  'editor.deleteRole': { zh: '删除岗位', en: 'Delete role' },
  'editor.undo': { zh: '撤销', en: 'Undo' },
  'editor.redo': { zh: '重做', en: 'Redo' },
  'editor.nothingToUndo': { zh: '没有可撤销的修改。', en: 'Nothing of yours to undo.' },
  'editor.nothingToRedo': { zh: '没有可重做的修改。', en: 'Nothing to redo.' },
  'editor.search': { zh: '搜索', en: 'Search' },
  'editor.searchPlaceholder': { zh: '搜索岗位、部门或职责…', en: 'Search roles, units or duties…' },
  'editor.searchCount': { zh: '{index}/{count}', en: '{index} of {count}' },
  'editor.searchNone': { zh: '无结果', en: 'No matches' },
  'editor.searchNext': { zh: '下一个', en: 'Next match' },
  'editor.searchPrev': { zh: '上一个', en: 'Previous match' },
  'editor.layout': { zh: '布局', en: 'Layout' },
  'editor.layoutDown': { zh: '自上而下', en: 'Top-down' },
  'editor.layoutRight': { zh: '从左到右', en: 'Left-right' },
  'editor.branchStyle': { zh: '分支样式', en: 'Branch style' },
  'editor.branchWide': { zh: '展开', en: 'Wide' },
  'editor.branchStacked': { zh: '纵向堆叠', en: 'Stacked' },
  'editor.branchCondensed': { zh: '紧凑', en: 'Condensed' },
  'editor.zoomToSelection': { zh: '缩放到所选', en: 'Zoom to selection' },
  'editor.zoomToFit': { zh: '适应窗口', en: 'Zoom to fit' },
  'editor.zoomIn': { zh: '放大', en: 'Zoom in' },
  'editor.zoomOut': { zh: '缩小', en: 'Zoom out' },
  'editor.roleCount': { zh: '{count} 个岗位', en: { one: '{count} role', other: '{count} roles' } },
  'editor.headcountTotal': { zh: '{count} 人', en: { one: '{count} person', other: '{count} people' } },
  'editor.deleteTitle': { zh: '删除岗位', en: 'Delete role' },
  'editor.deleteOne': { zh: '删除“{title}”？', en: 'Delete “{title}”?' },
  'editor.deleteMany': {
    zh: '删除所选的 {count} 个岗位？',
    en: { one: 'Delete the {count} selected role?', other: 'Delete the {count} selected roles?' },
  },
  'editor.deleteNoSubs': { zh: '“{title}”没有下级。', en: '“{title}” has no subordinates.' },
  'editor.deleteSubsToManager': {
    zh: '“{title}”的 {count} 个直接下级（{names}）将改为向“{manager}”汇报。',
    en: {
      one: 'The {count} direct subordinate of “{title}” ({names}) will report to “{manager}”.',
      other: 'The {count} direct subordinates of “{title}” ({names}) will report to “{manager}”.',
    },
  },
  'editor.deleteSubsToRoot': {
    zh: '“{title}”的 {count} 个直接下级（{names}）将成为顶层岗位。',
    en: {
      one: 'The {count} direct subordinate of “{title}” ({names}) will become a top-level role.',
      other: 'The {count} direct subordinates of “{title}” ({names}) will become top-level roles.',
    },
  },
  'editor.deleteUndoHint': { zh: '可以用 Ctrl+Z 撤销。', en: 'You can undo this with Ctrl+Z.' },
  'editor.moveRefused': { zh: '无法移动：{reason}', en: 'Cannot move: {reason}' },
  'editor.refused': { zh: '未执行：{reason}', en: 'Not done: {reason}' },
  'editor.moved': { zh: '“{title}”现在向“{manager}”汇报。', en: '“{title}” now reports to “{manager}”.' },
  'editor.movedToRoot': { zh: '“{title}”现在是顶层岗位。', en: '“{title}” is now a top-level role.' },
  'editor.shortcuts': { zh: '快捷键', en: 'Shortcuts' },
  'editor.shortcutsHelp': {
    zh: 'Tab 添加下级 · Enter 添加同级 · F2 重命名 · Delete 删除 · 方向键移动选择 · Esc 取消选择 · Ctrl+F 搜索 · Ctrl+Z 撤销 · Ctrl+Shift+Z / Ctrl+Y 重做',
    en: 'Tab add subordinate · Enter add sibling · F2 rename · Delete delete · arrows move the selection · Esc clear · Ctrl+F search · Ctrl+Z undo · Ctrl+Shift+Z / Ctrl+Y redo',
  },
  'editor.scenarioName': { zh: '方案名称', en: 'Scenario name' },
  'editor.rename': { zh: '重命名岗位', en: 'Rename role' },
  'editor.emptyDesign': { zh: '此方案还没有岗位。', en: 'This scenario has no roles yet.' },
  'editor.addFirstRole': { zh: '添加第一个岗位', en: 'Add the first role' },
  'editor.selectedCount': { zh: '已选 {count} 个', en: '{count} selected' },

  'outline.label': { zh: '组织大纲', en: 'Org outline' },
  'outline.collapse': { zh: '折叠', en: 'Collapse' },
  'outline.expand': { zh: '展开', en: 'Expand' },
  'outline.hidden': { zh: '{count} 个隐藏', en: '{count} hidden' },
  'outline.renameLabel': { zh: '岗位名称', en: 'Role title' },
  'outline.optional': { zh: '可增设', en: 'optional' },
  'outline.assistant': { zh: '助理', en: 'assistant' },
  'outline.reports': { zh: '{count} 个下级', en: { one: '{count} report', other: '{count} reports' } },
  'outline.expandAll': { zh: '全部展开', en: 'Expand all' },
  'outline.collapseAll': { zh: '全部折叠', en: 'Collapse all' },

  'inspector.empty': { zh: '选择一个岗位以编辑其详情。', en: 'Select a role to edit its details.' },
  'inspector.multi': {
    zh: '已选择 {count} 个岗位。',
    en: { one: '{count} role selected.', other: '{count} roles selected.' },
  },
  'inspector.title': { zh: '岗位名称', en: 'Title' },
  'inspector.unit': { zh: '所在部门', en: 'Unit' },
  'inspector.noUnit': { zh: '（无部门）', en: '(no unit)' },
  'inspector.reportsTo': { zh: '直接上级', en: 'Reports to' },
  'inspector.topLevel': { zh: '（顶层岗位）', en: '(top level)' },
  'inspector.subordinates': { zh: '直接下级', en: 'Direct reports' },
  'inspector.headcount': { zh: '编制人数', en: 'Headcount' },
  'inspector.optional': { zh: '可增设岗位', en: 'Optional role' },
  'inspector.assistant': { zh: '助理/参谋岗位', en: 'Assistant role' },
  'inspector.purpose': { zh: '工作职责', en: 'Purpose' },
  'inspector.responsibilities': { zh: '职责与工作内容', en: 'Responsibilities' },
  'inspector.areaTitle': { zh: '职责标题', en: 'Area heading' },
  'inspector.addArea': { zh: '添加职责', en: 'Add area' },
  'inspector.newArea': { zh: '新职责', en: 'New area' },
  'inspector.deleteArea': { zh: '删除职责', en: 'Delete area' },
  'inspector.addItem': { zh: '添加工作内容', en: 'Add work item' },
  'inspector.itemText': { zh: '工作内容', en: 'Work item' },
  'inspector.deleteItem': { zh: '删除工作内容', en: 'Delete work item' },
  'inspector.cadence': { zh: '频率', en: 'Cadence' },
  'inspector.time': { zh: '时间', en: 'Time' },
  'inspector.timePlaceholder': { zh: '如 18:00', en: 'e.g. 18:00' },
  'inspector.recipient': { zh: '上报给', en: 'Report to' },
  'inspector.recipientRoles': { zh: '岗位', en: 'Roles' },
  'inspector.recipientUnits': { zh: '部门', en: 'Units' },
  'inspector.collaborators': { zh: '内部协作', en: 'Internal collaborators' },
  'inspector.collaboratorKindUnit': { zh: '部门', en: 'Unit' },
  'inspector.collaboratorKindRole': { zh: '岗位', en: 'Role' },
  'inspector.collaboratorKindText': { zh: '文字', en: 'Text' },
  'inspector.addCollaborator': { zh: '添加协作方', en: 'Add collaborator' },
  'inspector.collaboratorText': { zh: '协作方名称', en: 'Collaborator name' },
  'inspector.externalParties': { zh: '外部协作', en: 'External parties' },
  'inspector.addExternal': { zh: '添加外部协作方', en: 'Add external party' },
  'inspector.dottedLines': { zh: '虚线汇报', en: 'Dotted lines' },
  'inspector.addDottedLine': { zh: '添加虚线上级', en: 'Add dotted-line manager' },
  'inspector.additionalDuties': { zh: '附加工作', en: 'Additional duties' },
  'inspector.addDuty': { zh: '添加附加工作', en: 'Add duty' },
  'inspector.workingTime': { zh: '工作时间', en: 'Working time' },
  'inspector.notes': { zh: '备注', en: 'Notes' },
  'inspector.pay': { zh: '工资制度', en: 'Pay' },
  'inspector.payFormula': {
    zh: '月薪 = 基本工资 + 岗位工资 + 标准绩效工资 × 个人绩效系数 × 部门绩效系数 + 奖惩',
    en: 'Monthly pay = base + position + standard performance × personal coefficient × department coefficient + bonus/penalty',
  },
  'inspector.payBase': { zh: '基本工资', en: 'Base' },
  'inspector.payPosition': { zh: '岗位工资', en: 'Position' },
  'inspector.payStandard': { zh: '标准绩效工资', en: 'Standard performance' },
  'inspector.payPersonal': { zh: '个人绩效系数', en: 'Personal coefficient' },
  'inspector.payDepartment': { zh: '部门绩效系数', en: 'Department coefficient' },
  'inspector.payBonus': { zh: '奖惩', en: 'Bonus / penalty' },
  'inspector.payPerPerson': { zh: '每人月薪', en: 'Monthly pay per person' },
  'inspector.payMonthlyCost': { zh: '月人力成本（× {headcount} 人）', en: 'Monthly cost (× {headcount})' },
  'inspector.payIncomplete': {
    zh: '部分数值未设置：金额按 0 计，系数按 1 计。',
    en: 'Some values are not set: amounts count as 0, coefficients as 1.',
  },
  'inspector.payDeptFromUnit': { zh: '来自部门“{unit}”', en: 'from unit “{unit}”' },
  'inspector.payDeptDefault': { zh: '未设置，按 1 计', en: 'not set, counts as 1' },
  'inspector.invalidNumber': { zh: '请输入有效数字', en: 'Enter a valid number' },
  'inspector.editingBy': { zh: '{name} 正在编辑', en: '{name} is editing' },

  'cadence.none': { zh: '不定', en: 'None' },
  'cadence.daily': { zh: '每天', en: 'Daily' },
  'cadence.weekly': { zh: '每周', en: 'Weekly' },
  'cadence.monthly': { zh: '每月', en: 'Monthly' },
  'cadence.quarterly': { zh: '每季度', en: 'Quarterly' },
  'cadence.yearly': { zh: '每年', en: 'Yearly' },
  'cadence.adhoc': { zh: '不定期', en: 'Ad hoc' },

  'unitKind.company': { zh: '公司', en: 'Company' },
  'unitKind.centre': { zh: '中心', en: 'Centre' },
  'unitKind.office': { zh: '办公室', en: 'Office' },
  'unitKind.department': { zh: '部门', en: 'Department' },
  'unitKind.team': { zh: '小组', en: 'Team' },

  'units.title': { zh: '部门管理', en: 'Units' },
  'units.add': { zh: '新建部门', en: 'New unit' },
  'units.addChild': { zh: '新建子部门', en: 'New sub-unit' },
  'units.newName': { zh: '新部门', en: 'New unit' },
  'units.empty': { zh: '还没有部门。', en: 'No units yet.' },
  'units.name': { zh: '部门名称', en: 'Unit name' },
  'units.kind': { zh: '类型', en: 'Kind' },
  'units.color': { zh: '颜色', en: 'Colour' },
  'units.parent': { zh: '上级部门', en: 'Parent unit' },
  'units.noParent': { zh: '（顶层）', en: '(top level)' },
  'units.coefficient': { zh: '部门绩效系数', en: 'Department performance coefficient' },
  'units.responsibilities': { zh: '部门职责', en: 'Unit responsibilities' },
  'units.notes': { zh: '备注', en: 'Notes' },
  'units.delete': { zh: '删除部门', en: 'Delete unit' },
  'units.confirmDelete': {
    zh: '删除部门“{name}”？它的岗位和子部门将归入上级部门。',
    en: 'Delete the unit “{name}”? Its roles and sub-units move to its parent unit.',
  },
  'units.roleCount': { zh: '{count} 个岗位', en: { one: '{count} role', other: '{count} roles' } },
  'units.legend': { zh: '部门图例', en: 'Unit legend' },
  'units.edit': { zh: '编辑部门', en: 'Edit unit' },

  'status.online': { zh: '已连接', en: 'Online' },
  'status.syncing': { zh: '同步中', en: 'Syncing' },
  'status.offline': { zh: '离线', en: 'Offline' },
  'status.readOnly': { zh: '只读', en: 'Read-only' },
  'status.connection': { zh: '连接状态：{state}', en: 'Connection: {state}' },
  'status.unsaved': {
    zh: '有修改尚未保存到服务器，已保存在本浏览器中，恢复连接后会自动同步。',
    en: 'Some edits are not saved to the server yet. They are kept in this browser and sync when the connection returns.',
  },
  'status.denied': {
    zh: '无法打开：链接无效或已失效。',
    en: 'Cannot open: the link is invalid or has expired.',
  },

  'presence.people': { zh: '在线成员', en: 'People here' },
  'presence.you': { zh: '（你）', en: '(you)' },
  'presence.viewer': { zh: '只读', en: 'viewer' },
  'presence.follow': { zh: '跟随 {name} 的视图', en: 'Follow {name}' },
  'presence.following': { zh: '正在跟随 {name}，拖动画布即停止。', en: 'Following {name}. Pan to stop.' },
  'presence.stopFollowing': { zh: '停止跟随', en: 'Stop following' },
  'presence.askName': { zh: '你叫什么名字？', en: 'What is your name?' },
  'presence.askNameHint': {
    zh: '其他人会看到这个名字。只问一次。',
    en: 'Others see this name. We ask only once.',
  },
  'presence.nameLabel': { zh: '你的名字', en: 'Your name' },
  'presence.join': { zh: '加入', en: 'Join' },
  'presence.anonymous': { zh: '匿名用户', en: 'Anonymous' },
  'presence.changeName': { zh: '修改名字', en: 'Change name' },

  'conflict.deletedWhileEditing': {
    zh: '你正在编辑的岗位“{title}”已被 {name} 删除。',
    en: 'The role you were editing, “{title}”, was deleted by {name}.',
  },
  'conflict.deletedWhileEditingAnon': {
    zh: '你正在编辑的岗位“{title}”已被其他人删除。',
    en: 'The role you were editing, “{title}”, was deleted by someone else.',
  },
  'conflict.moveRepaired': {
    zh: '“{title}”的汇报关系与他人同时的修改形成了循环，系统保留了另一方的修改：现在向“{manager}”汇报。',
    en: 'Your move of “{title}” and someone else’s made a cycle; the model kept the other one: it now reports to “{manager}”.',
  },
  'conflict.moveRepairedRoot': {
    zh: '“{title}”的汇报关系与他人同时的修改冲突，系统已修复：现在是顶层岗位。',
    en: 'Your move of “{title}” conflicted with someone else’s; the model repaired it: it is now a top-level role.',
  },
  'conflict.unitDeleted': {
    zh: '你正在编辑的部门“{name}”已被其他人删除。',
    en: 'The unit you were editing, “{name}”, was deleted by someone else.',
  },

  'versions.title': { zh: '版本历史', en: 'Version history' },
  'versions.open': { zh: '版本', en: 'Versions' },
  'notes.tab': { zh: '说明', en: 'Notes' },
  'notes.description': { zh: '方案简介', en: 'About this design' },
  'notes.heading': { zh: '设计说明', en: 'Design notes' },
  'notes.add': { zh: '+ 添加说明', en: '+ Add note' },
  'notes.kind': { zh: '类型', en: 'Kind' },
  'notes.title': { zh: '标题', en: 'Title' },
  'notes.date': { zh: '日期', en: 'Date' },
  'notes.text': { zh: '内容', en: 'Text' },
  'notes.delete': { zh: '删除说明', en: 'Delete note' },
  'notes.newTitle': { zh: '新说明', en: 'New note' },
  'notes.empty': {
    zh: '还没有说明。可在此记录人员成本口径、激励奖金池、预算或近期计划。',
    en: 'No notes yet. Record here how personnel cost is counted, an incentive pool, a budget or a near-term plan.',
  },
  'notes.kind.personnelCost': { zh: '人员成本', en: 'Personnel cost' },
  'notes.kind.incentivePool': { zh: '激励奖金池', en: 'Incentive pool' },
  'notes.kind.budget': { zh: '预算', en: 'Budget' },
  'notes.kind.plan': { zh: '计划', en: 'Plan' },
  'notes.kind.other': { zh: '其他', en: 'Other' },
  'versions.save': { zh: '保存版本', en: 'Save version' },
  'versions.labelPlaceholder': { zh: '版本说明，如“董事会评审前”', en: 'Label, e.g. “before board review”' },
  'versions.empty': { zh: '还没有保存的版本。', en: 'No versions saved yet.' },
  'versions.auto': { zh: '自动保存', en: 'Autosave' },
  'versions.by': { zh: '{name} · {time}', en: '{name} · {time}' },
  'versions.preview': { zh: '预览', en: 'Preview' },
  'versions.previewing': {
    zh: '正在预览版本“{label}”（只读）',
    en: 'Previewing version “{label}” (read-only)',
  },
  'versions.restore': { zh: '恢复此版本', en: 'Restore' },
  'versions.restored': {
    zh: '已恢复版本“{label}”。可以撤销。',
    en: 'Restored “{label}”. You can undo this.',
  },
  'versions.fork': { zh: '复制为新方案', en: 'Fork as new scenario' },
  'versions.forked': { zh: '已创建方案“{name}”。', en: 'Created the scenario “{name}”.' },
  'versions.saved': { zh: '已保存版本“{label}”。', en: 'Saved the version “{label}”.' },
  'versions.confirmRestore': {
    zh: '恢复版本“{label}”？当前内容会被替换，所有人都会看到，之后可以撤销。',
    en: 'Restore “{label}”? The current design is replaced for everyone; you can undo it.',
  },
  'versions.roles': { zh: '{count} 个岗位', en: { one: '{count} role', other: '{count} roles' } },
  'versions.exitPreview': { zh: '退出预览', en: 'Exit preview' },

  // Issue 16, what a newcomer tripped on (s16-newcomer): counts, people, offline overwrites, limits.
  'count.units': { zh: '{count} 个部门', en: { one: '{count} unit', other: '{count} units' } },
  'count.roles': { zh: '{count} 个岗位', en: { one: '{count} role', other: '{count} roles' } },
  'count.duties': { zh: '{count} 条职责', en: { one: '{count} duty', other: '{count} duties' } },
  'presence.count': {
    zh: '{count} 人在线',
    en: { one: '{count} person here', other: '{count} people here' },
  },
  'presence.showList': { zh: '查看所有在线成员的全名', en: 'See everyone here by full name' },
  'presence.followShort': { zh: '跟随', en: 'Follow' },
  'overwrite.roleMineLost': {
    zh: '你把岗位名称改成了“{lost}”，但{who}同时把它改成了“{kept}”，保留的是“{kept}”，你的修改被覆盖了。',
    en: 'You renamed a role to “{lost}”, but {who} renamed it to “{kept}” at the same time; “{kept}” was kept and your change was lost.',
  },
  'overwrite.roleMineKept': {
    zh: '{who}同时把岗位名称改成了“{lost}”，与你的修改“{kept}”冲突：保留了你的修改，对方的被覆盖了。',
    en: '{who} renamed a role to “{lost}” at the same time as you renamed it to “{kept}”; yours was kept and theirs was lost.',
  },
  'overwrite.unitMineLost': {
    zh: '你把部门名称改成了“{lost}”，但{who}同时把它改成了“{kept}”，保留的是“{kept}”，你的修改被覆盖了。',
    en: 'You renamed a unit to “{lost}”, but {who} renamed it to “{kept}” at the same time; “{kept}” was kept and your change was lost.',
  },
  'overwrite.unitMineKept': {
    zh: '{who}同时把部门名称改成了“{lost}”，与你的修改“{kept}”冲突：保留了你的修改，对方的被覆盖了。',
    en: '{who} renamed a unit to “{lost}” at the same time as you renamed it to “{kept}”; yours was kept and theirs was lost.',
  },
  'overwrite.someone': { zh: '其他人', en: 'someone else' },
  'overwrite.restoreMine': { zh: '恢复我的“{lost}”', en: 'Restore mine: “{lost}”' },
  'overwrite.restoreTheirs': { zh: '改用对方的“{lost}”', en: 'Use theirs: “{lost}”' },
  'overwrite.keep': { zh: '保留“{kept}”', en: 'Keep “{kept}”' },
  'limit.reached': {
    zh: '最多 {limit} 个字符，已达上限：超出的部分不会保留。',
    en: 'At most {limit} characters: the limit is reached, and anything beyond it is not kept.',
  },
} as const satisfies Record<string, Record<Locale, MessageText>>;

export type MessageKey = keyof typeof MESSAGES;
export type Params = Readonly<Record<string, string | number>>;

export const MESSAGE_KEYS = Object.keys(MESSAGES) as MessageKey[];

/** The general form of a message (for a counted one, its `other` form). */
export function messageTemplate(locale: Locale, key: MessageKey): string {
  const text: MessageText = MESSAGES[key][locale];
  return typeof text === 'string' ? text : text.other;
}

/** Every form of a message in one language (just one for a text that counts nothing). */
export function allMessageForms(locale: Locale, key: MessageKey): string[] {
  return allForms(MESSAGES[key][locale]);
}

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const template = pluralForm(locale, MESSAGES[key][locale], params?.count);
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
