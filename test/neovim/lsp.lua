-- Drives the OSD Lint language server from a real, headless Neovim 0.7 (the Debian package):
-- the way a user's configuration would start it, then diagnostics, a hover, a quick fix and both
-- server commands through Neovim's own LSP client. Results go as JSON to $OSD_RESULT for
-- test/neovim/neovim.test.ts to check. Run: nvim --headless --clean -n -S test/neovim/lsp.lua
local env = vim.env
local results = { steps = {}, messages = {}, notifications = {} }

local function log_step(name)
  table.insert(results.steps, name)
end

local function finish()
  vim.fn.writefile({ vim.json.encode(results) }, env.OSD_RESULT)
  vim.cmd('qa!')
end

-- Everything Neovim would tell the user (errors of the LSP client included) is recorded.
vim.notify = function(msg, level)
  table.insert(results.notifications, { message = tostring(msg), level = level or vim.log.levels.INFO })
end

-- Filetype and server set up as a user would (Neovim 0.7 has no vim.lsp.start).
vim.cmd([[autocmd BufRead,BufNewFile LICENSE,LICENCE,COPYING,*.license set filetype=license]])
local show_message = vim.lsp.handlers['window/showMessage']
local config = {
  name = 'osd-lint',
  cmd = { env.OSD_NODE, env.OSD_SERVER, '--stdio' },
  root_dir = env.OSD_WORKSPACE,
  settings = { osdLint = { rules = { ['click-wrap'] = 'off' } } },
  -- Neovim 0.7 neither advertises workspace/configuration nor sends the settings by itself
  -- (nvim-lspconfig and Neovim >= 0.8 do): send them as the server reads them then.
  on_init = function(client)
    client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
  end,
  handlers = {
    ['window/showMessage'] = function(err, result, ctx, cfg)
      table.insert(results.messages, { type = result.type, message = result.message })
      return show_message(err, result, ctx, cfg)
    end,
  },
  on_exit = function(code)
    results.server_exit = code
  end,
}
local client_id
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'license',
  callback = function(args)
    client_id = client_id or vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(args.buf, client_id)
  end,
})

local function codes(bufnr)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(out, d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code))
  end
  table.sort(out)
  return out
end

local function has(list, value)
  return vim.tbl_contains(list, value)
end

local function diagnostic(bufnr, code)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == code then return d end
  end
end

--- Runs vim.lsp.buf.code_action() on a diagnostic's line, choosing the action `choose` picks.
local function code_action(bufnr, code, choose)
  local d = assert(diagnostic(bufnr, code), 'no ' .. code .. ' diagnostic')
  vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col })
  local offered, chosen
  vim.ui.select = function(items, _, on_choice)
    offered = {}
    for _, item in ipairs(items) do
      table.insert(offered, item[2].title)
      if not chosen and choose(item[2]) then chosen = item end
    end
    on_choice(chosen)
  end
  vim.lsp.buf.code_action()
  assert(vim.wait(5000, function() return offered ~= nil end, 20), 'code actions did not come')
  return offered, chosen and chosen[2].title
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(env.OSD_WORKSPACE .. '/licences/LICENSE'))
  local bufnr = vim.api.nvim_get_current_buf()
  results.filetype = vim.bo.filetype
  assert(client_id, 'the FileType autocmd did not start the server')
  assert(vim.wait(15000, function() return has(codes(bufnr), 'size-threshold') end, 50), 'no diagnostics: ' .. vim.inspect(codes(bufnr)))
  results.codes_initial = codes(bufnr)
  log_step('diagnostics')

  -- Hover, as K would show it: a floating window with the criterion.
  local d = diagnostic(bufnr, 'size-threshold')
  vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col + 2 })
  vim.lsp.buf.hover()
  local float
  vim.wait(5000, function()
    for _, win in ipairs(vim.api.nvim_list_wins()) do
      if vim.api.nvim_win_get_config(win).relative ~= '' then float = win end
    end
    return float ~= nil
  end, 20)
  assert(float, 'no hover window')
  results.hover = vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(float), 0, -1, false)
  vim.api.nvim_win_close(float, true)
  log_step('hover')

  -- The preferred quick fix of the size threshold: an edit, applied by Neovim.
  local offered, title = code_action(bufnr, 'size-threshold', function(a)
    return a.isPreferred and a.edit ~= nil and a.diagnostics and a.diagnostics[1].code == 'size-threshold'
  end)
  results.actions = offered
  results.fix_title = title
  assert(title, 'no preferred fix')
  assert(vim.wait(10000, function() return not has(codes(bufnr), 'size-threshold') end, 50), 'the fix did not remove the finding')
  results.codes_after_fix = codes(bufnr)
  results.fixed_text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
  log_step('quick fix')

  -- "Show OSD 6": the server's command, shown as a message (Neovim 0.7 cannot showDocument).
  local _, show = code_action(bufnr, 'acceptable-use-policy', function(a) return a.title == 'Show OSD 6' end)
  assert(show, 'no Show OSD 6 action')
  assert(vim.wait(5000, function()
    for _, m in ipairs(results.messages) do
      if m.message:match('^# OSD 6') then return true end
    end
  end, 20), 'Show OSD 6 showed nothing')
  local response = vim.lsp.get_client_by_id(client_id).request_sync('workspace/executeCommand', { command = 'osd-lint.showCriterion', arguments = { 6 } }, 5000, bufnr)
  results.show_criterion = response and response.result
  log_step('show criterion')

  -- "Suppress … in .osdlintrc.json": the server asks Neovim to create the file and fill it; the user saves it.
  local _, suppress = code_action(bufnr, 'acceptable-use-policy', function(a)
    return a.command and a.command.command == 'osd-lint.suppress'
  end)
  assert(suppress, 'no suppress action')
  results.suppress_title = suppress
  local config_path = env.OSD_WORKSPACE .. '/.osdlintrc.json'
  assert(vim.wait(5000, function()
    local b = vim.fn.bufnr(config_path)
    return b ~= -1 and vim.api.nvim_buf_is_loaded(b) and table.concat(vim.api.nvim_buf_get_lines(b, 0, -1, false), '\n'):match('suppressions') ~= nil
  end, 20), 'the suppression was not applied to a buffer for ' .. config_path)
  vim.api.nvim_buf_call(vim.fn.bufnr(config_path), function() vim.cmd('silent write') end)
  results.config_text = table.concat(vim.fn.readfile(config_path), '\n')
  -- No file watcher in Neovim 0.7: the server notices the saved file by itself and publishes again.
  assert(vim.wait(10000, function() return not has(codes(bufnr), 'acceptable-use-policy') end, 50), 'the suppression did not apply: ' .. vim.inspect(codes(bufnr)))
  results.codes_after_suppress = codes(bufnr)
  log_step('suppress')

  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return results.server_exit ~= nil end, 20)
  log_step('stopped')
end

local ok, err = xpcall(run, debug.traceback)
if not ok then results.error = tostring(err) end
-- What the LSP client logged (warnings and errors, e.g. a registration it did not ask for).
results.lsp_log = vim.fn.filereadable(vim.lsp.get_log_path()) == 1 and vim.fn.readfile(vim.lsp.get_log_path()) or {}
finish()
