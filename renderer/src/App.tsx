import { useCallback, useState, type JSX } from 'react';
import {
  DEFAULT_FREE_VARIABLES,
  FREE_VARIABLE_TREATMENTS,
  MENU_COMMANDS,
  NOTATION_STYLES,
  type AppEvent,
  type FormulaExports,
  type TextFormat,
} from '@services/contract';
import { useApi } from './api/api-context';
import { CorrectionPopover } from './components/correction/CorrectionPopover';
import { DrawView } from './components/draw/DrawView';
import { NoticeArea } from './components/feedback/NoticeArea';
import { DropHint } from './components/image/DropHint';
import { ImageEmpty } from './components/image/ImageEmpty';
import { ImageView } from './components/image/ImageView';
import { Splitter } from './components/layout/Splitter';
import { panelId } from './components/layout/Tabs';
import { LazyLogicPanel } from './components/logic/LazyLogicPanel';
import { PROBLEM_LABELS } from './components/logic/logic-text';
import { ExportPanel } from './components/results/ExportPanel';
import { ResultsPanel } from './components/results/ResultsPanel';
import { FORMULA_INPUT_ID, TextView } from './components/results/TextView';
import { MODE_TABS_ID, Toolbar, type Mode } from './components/toolbar/Toolbar';
import { LazyManageView, type ManagePage } from './manage/LazyManageView';
import { useAppEvents } from './hooks/use-app-events';
import { cachedTheme, useAppliedTheme } from './hooks/use-applied-theme';
import { useCorrection } from './hooks/use-correction';
import { useDrawing } from './hooks/use-drawing';
import { useExportActions } from './hooks/use-export-actions';
import { useFileDrop } from './hooks/use-file-drop';
import { useFormulaEdit } from './hooks/use-formula-edit';
import { useImageImport } from './hooks/use-image-import';
import { useImageLayout } from './hooks/use-image-layout';
import { useImagePage } from './hooks/use-image-page';
import { useModels } from './hooks/use-models';
import { useNotices } from './hooks/use-notices';
import { usePanelWidth } from './hooks/use-panel-width';
import { usePasteImage } from './hooks/use-paste-image';
import { usePersistentChoice } from './hooks/use-persistent-choice';
import { usePersistentFlag } from './hooks/use-persistent-flag';
import { useSampleSaving } from './hooks/use-sample-saving';
import { useSegmentation } from './hooks/use-segmentation';
import { useSettings } from './hooks/use-settings';
import { isTextField, useShortcuts } from './hooks/use-shortcuts';
import { useStyledExports } from './hooks/use-styled-exports';
import { useTypedText } from './hooks/use-typed-text';
import { freeVariableNote, linesWithExports } from './lib/export-formats';
import { PROBLEM_FILE_NAMES, pageProblem } from './lib/problem-export';
import type { ProblemFormat } from '@recognition';
import { sameSymbols, type LineState } from './lib/page-results';
import { parseView } from './lib/parse-view';
import { isAppWide, type ShortcutCommand } from './lib/shortcuts';
import { chipId, type SymbolRef } from './lib/symbol-ref';
import { passToTextField } from './lib/text-field-commands';
import { nextTheme } from './lib/theme';

interface PopoverTarget {
  readonly mode: Mode;
  readonly at: SymbolRef;
  readonly anchor: DOMRect;
  /** The line as it was when the popover opened; a different reading closes the popover. */
  readonly line: LineState;
}

const WORKER_RESTARTED = 'Recognition restarted after a crash — your drawing is safe; try again';

/** The workspace: toolbar, the page (ink or photo) and the results panel, wired to the API. */
export function App(): JSX.Element {
  const api = useApi();
  const notices = useNotices();
  const { notify, report } = notices;
  const { settings, update } = useSettings(api, report);
  const [startTheme] = useState(cachedTheme);
  const theme = settings?.theme ?? startTheme;
  useAppliedTheme(theme);
  const models = useModels(api, report);
  const [mode, setMode] = useState<Mode>('draw');
  const drawing = useDrawing(api, settings, report);
  const image = useImagePage(api, report, notify);
  const imageLayout = useImageLayout(image.source, image.relayout);
  const showImageMode = useCallback(() => setMode('image'), []);
  const importer = useImageImport(image.load, showImageMode, report);
  const [panelWidth, setPanelWidth] = usePanelWidth();

  const [managePage, setManagePage] = useState<ManagePage>('sets');
  const active = mode === 'draw' ? drawing : image;
  const lines = active.page.lines;
  const [selectedIndex, setSelected] = useState(0);
  const selected = Math.min(selectedIndex, Math.max(0, lines.length - 1));
  const selectedLine = lines[selected] ?? null;
  const [hovered, setHovered] = useState<SymbolRef | null>(null);
  const [popover, setPopover] = useState<PopoverTarget | null>(null);

  const imageEdit = useFormulaEdit(api, selectedLine?.current.text ?? '', `${mode}:${selected}`);
  // In Draw mode typed text belongs to the line's ink and to the workspace's undo history.
  const typed = useTypedText(api, drawing, selected);
  const edit = mode === 'draw' ? typed.edit : imageEdit;
  const view = parseView(edit.text, edit.edited, edit.parse, selectedLine?.current ?? null);
  const exportsOf = (i: number) =>
    mode === 'draw' ? typed.exportsOf(i) : (lines[i]?.current.exports ?? null);
  const writtenExports =
    mode === 'draw'
      ? typed.exportsOf(selected)
      : edit.edited
        ? edit.parse?.ok === true
          ? edit.parse.exports
          : null
        : (selectedLine?.current.exports ?? null);
  const writtenPage =
    lines.length === 0
      ? [writtenExports]
      : lines.map((_, i) => (i === selected ? writtenExports : exportsOf(i)));
  const [standardParentheses, setStandardParentheses] = usePersistentFlag(
    'standard-parentheses',
    false,
  );
  const [freeVariables, setFreeVariables] = usePersistentChoice(
    'free-variables',
    FREE_VARIABLE_TREATMENTS,
    DEFAULT_FREE_VARIABLES,
  );
  const [notation, setNotation] = usePersistentChoice('notation', NOTATION_STYLES, 'as-written');
  const styled = useStyledExports(
    api,
    { parentheses: standardParentheses ? 'standard' : 'as-written', freeVariables, notation },
    writtenPage.map((e) => e?.unicode ?? null),
  );
  // Until a line's exports in the chosen style have come back, it is shown in the default one.
  const shown = (e: FormulaExports | null) => (e === null ? e : (styled.get(e.unicode) ?? e));
  const selectedExports = shown(writtenExports);
  const pageExports = writtenPage.map(shown);
  const [format, setFormat] = useState<TextFormat>('unicode');
  const exporter = useExportActions(api, notify, report, {
    style: standardParentheses ? 'standard' : 'as-written',
    freeVariables,
  });
  const [logicOpen, setLogicOpen] = usePersistentFlag('logic-panel', false);
  const exportProblem = (target: ProblemFormat, action: 'copy' | 'save') => {
    const problem = pageProblem(
      target,
      pageExports.map((e) => e?.unicode ?? null),
      {
        conclusion: selected,
        style: standardParentheses ? 'standard' : 'as-written',
        freeVariables,
      },
    );
    if (problem.text === '') {
      notify('No well-formed formula on the page to export yet');
      return;
    }
    const what = PROBLEM_LABELS[target];
    if (action === 'copy') void exporter.copyText(problem.text, what);
    else void exporter.saveFile(PROBLEM_FILE_NAMES[target], problem.text, what);
  };
  const saving = useSampleSaving(api, settings, update, notify, report);
  const correct = useCorrection(api, report);

  const openPopover = (at: SymbolRef, anchor: DOMRect) => {
    const line = lines[at.line];
    if (line === undefined) return;
    setSelected(at.line);
    setPopover({ mode, at, anchor, line });
  };
  const popoverLine =
    popover !== null && popover.mode === mode ? (lines[popover.at.line] ?? null) : null;
  const popoverSymbol =
    popover !== null &&
    popoverLine !== null &&
    sameSymbols(popoverLine.recognized, popover.line.recognized)
      ? (popoverLine.current.symbols[popover.at.symbol] ?? null)
      : null;
  const closePopover = useCallback(
    (returnFocus: boolean) => {
      if (returnFocus && popover !== null) document.getElementById(chipId(popover.at))?.focus();
      setPopover(null);
    },
    [popover],
  );
  const segmenting = useSegmentation({
    api,
    report,
    view: mode === 'image' ? 'image' : 'draw',
    drawing,
    image,
    target:
      popover !== null && popoverLine !== null && popoverSymbol !== null
        ? { at: popover.at, line: popoverLine }
        : null,
    onDone: () => closePopover(true),
  });
  const choose = (label: string) => {
    if (popover === null || popoverLine === null) return;
    const symbol = popoverLine.recognized.symbols[popover.at.symbol];
    closePopover(true);
    void correct(popoverLine, popover.at.symbol, label, active.dispatch);
    if (symbol !== undefined) void saving.save(label, symbol.glyph);
  };

  const openImage = async () => {
    try {
      const opened = await api.openImage();
      if (opened !== null) importer.importOpened(opened);
    } catch (error) {
      report(error);
    }
  };
  const copyAs = (target: TextFormat) => {
    const text = selectedExports?.[target];
    if (text === undefined) notify('Nothing to copy yet — write a well-formed formula first');
    else void exporter.copy(target, text);
  };
  const save = () => {
    if (!selectedExports) notify('Nothing to save yet — write a well-formed formula first');
    else void exporter.save(format, selectedExports);
  };
  const undoOrRedo = (command: 'undo' | 'redo') => {
    // The formula box's typing is in the drawing's history, not the field's own.
    const fieldsOwn = (el: Element | null) =>
      isTextField(el) && !(mode === 'draw' && el?.id === FORMULA_INPUT_ID);
    if (passToTextField(command, fieldsOwn)) return;
    // In Image mode the history is the picture's turn, crop and separators.
    const history = mode === 'draw' ? drawing.history : mode === 'image' ? imageLayout : null;
    if (history === null) return;
    if (command === 'undo') history.undo();
    else history.redo();
  };
  const changeTheme = (next = nextTheme(theme)) => void update({ theme: next });
  const selectModel = async (id: string) => {
    if (!(await models.select(id))) return;
    drawing.recognition.recognizeNow();
    image.again();
    const name = models.list?.models.find((m) => m.id === id)?.name ?? id;
    notify(`Reading with ${name}`);
  };

  const commands: Readonly<Record<ShortcutCommand, () => void>> = {
    'open-image': () => void openImage(),
    'save-text': save,
    'copy-unicode': () => copyAs('unicode'),
    'copy-latex': () => copyAs('latex'),
    undo: () => undoOrRedo('undo'),
    redo: () => undoOrRedo('redo'),
    clear: () => {
      if (mode === 'draw') drawing.history.clear();
      else if (mode === 'image') image.clear();
    },
    'zoom-in': () => drawing.zoomBy('in'),
    'zoom-out': () => drawing.zoomBy('out'),
    'zoom-reset': () => drawing.zoomBy('reset'),
    'toggle-theme': () => changeTheme(),
    'new-drawing': () => {
      setMode('draw');
      drawing.startOver();
    },
    'tool-pen': () => drawing.setTool('pen'),
    'tool-eraser': () => drawing.setTool('eraser'),
  };

  // The Training pages draw and edit on their own; the workspace's pen, undo and zoom keys
  // would act on a page the user cannot see.
  const appliesHere = (command: ShortcutCommand) => mode !== 'train' || isAppWide(command);
  useShortcuts((command) => commands[command](), appliesHere);
  useAppEvents(api, (event: AppEvent) => {
    if (event.type === 'menu' && MENU_COMMANDS.includes(event.command)) {
      if (appliesHere(event.command)) commands[event.command]();
    } else if (event.type === 'open-image') importer.importOpened(event.image);
    else if (event.type === 'worker-restarted') notify(WORKER_RESTARTED);
  });
  const dragging = useFileDrop(importer.importFiles);
  usePasteImage((file) => void importer.importFile(file));

  const recognition =
    mode === 'draw'
      ? { state: drawing.recognition.state, elapsedMs: drawing.recognition.elapsedMs }
      : { state: image.state, elapsedMs: image.result?.elapsedMs ?? null };
  const exportText = selectedExports?.[format] ?? null;
  const exportable = linesWithExports(pageExports);

  return (
    <div className="app">
      <Toolbar
        mode={mode}
        onMode={setMode}
        draw={
          mode === 'draw'
            ? {
                tool: drawing.tool,
                onTool: drawing.setTool,
                canUndo: drawing.history.canUndo,
                canRedo: drawing.history.canRedo,
                canClear: drawing.history.strokes.length > 0,
                onUndo: drawing.history.undo,
                onRedo: drawing.history.redo,
                onClear: drawing.history.clear,
                zoom: drawing.zoom,
                onZoom: drawing.zoomBy,
                onRecognize:
                  settings?.liveRecognition === false ? drawing.recognition.recognizeNow : null,
              }
            : null
        }
        onOpenImage={() => void openImage()}
        recognition={recognition}
        models={models.list}
        onModel={(id) => void selectModel(id)}
        theme={theme}
        onTheme={changeTheme}
      />
      {mode === 'train' ? (
        <main
          className="manage-stage"
          id={panelId(MODE_TABS_ID)}
          role="tabpanel"
          aria-labelledby={`${MODE_TABS_ID}-tab-${mode}`}
        >
          <LazyManageView page={managePage} onPageChange={setManagePage} />
        </main>
      ) : (
        <div className="workspace">
          <main
            className="stage"
            id={panelId(MODE_TABS_ID)}
            role="tabpanel"
            aria-labelledby={`${MODE_TABS_ID}-tab-${mode}`}
          >
            {mode === 'draw' ? (
              <DrawView
                drawing={drawing}
                hovered={hovered}
                onHover={setHovered}
                onOpen={openPopover}
                cut={segmenting.cut}
              />
            ) : image.source === null ? (
              <ImageEmpty onChoose={() => void openImage()} />
            ) : (
              <ImageView
                source={image.source}
                result={image.result}
                page={image.page}
                state={image.state}
                hovered={hovered}
                onHover={setHovered}
                onOpen={openPopover}
                cut={segmenting.cut}
                layout={imageLayout}
              />
            )}
          </main>
          <Splitter width={panelWidth} onResize={setPanelWidth} />
          <ResultsPanel
            lines={lines}
            selected={selected}
            onSelect={setSelected}
            hovered={hovered}
            onHover={setHovered}
            onOpen={openPopover}
            typed={mode === 'draw' ? typed.views : undefined}
            onTakeReading={typed.takeReading}
            onKeepText={typed.keepText}
            emptyText={
              mode === 'draw'
                ? 'Recognised formulas appear here as you write.'
                : (image.nothingFound ?? 'Formulas found in the image appear here.')
            }
            width={panelWidth}
            logic={{
              open: logicOpen,
              onToggle: () => setLogicOpen(!logicOpen),
              panel: (
                <LazyLogicPanel
                  text={edit.text}
                  selected={selected}
                  lines={writtenPage.map((e, index) => ({
                    index,
                    text:
                      index === selected
                        ? edit.text
                        : (e?.unicode ?? lines[index]?.current.text ?? ''),
                  }))}
                  onCopy={(text, what) => void exporter.copyText(text, what)}
                  onProblem={exportProblem}
                />
              ),
            }}
            textView={
              <TextView
                text={edit.text}
                onChange={edit.setText}
                view={view}
                edited={edit.edited}
                onRevert={edit.revert}
                onHistory={mode === 'draw' ? undoOrRedo : undefined}
              />
            }
            exportPanel={
              <ExportPanel
                format={format}
                onFormat={setFormat}
                text={exportText}
                onCopy={() => copyAs(format)}
                onSave={save}
                onSaveAll={() => void exporter.saveAll(format, exportable)}
                exportableLines={exportable.length}
                standardParentheses={standardParentheses}
                onStandardParentheses={setStandardParentheses}
                freeVariables={freeVariables}
                onFreeVariables={setFreeVariables}
                notation={notation}
                onNotation={setNotation}
                freeVariableNote={freeVariableNote(selectedExports, format)}
              />
            }
          />
        </div>
      )}
      <input
        type="file"
        accept="image/*"
        hidden
        data-testid="image-input"
        aria-label="Image file"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file !== undefined) void importer.importFile(file);
        }}
      />
      {popover !== null && popoverSymbol !== null ? (
        <CorrectionPopover
          symbol={popoverSymbol}
          anchor={popover.anchor}
          onChoose={choose}
          onClose={closePopover}
          saving={saving}
          segmentation={segmenting.segmentation}
        />
      ) : null}
      {dragging ? <DropHint /> : null}
      <NoticeArea notices={notices} />
    </div>
  );
}
