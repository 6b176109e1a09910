-- truss-lint for Neovim through nvim-lint (https://github.com/mfussenegger/nvim-lint).
--
-- Copy this file to ~/.config/nvim/lua/truss_lint.lua and add `require("truss_lint")` to init.lua.
-- It lints the unsaved buffer on stdin with --stdin-filename, so the closest pyproject.toml or
-- .truss-lint.toml still applies, and reads the stable `--output-format json` report.

local lint = require("lint")

local severities = {
  error = vim.diagnostic.severity.ERROR,
  warning = vim.diagnostic.severity.WARN,
  info = vim.diagnostic.severity.INFO,
}

lint.linters.truss_lint = {
  name = "truss_lint",
  cmd = "truss-lint",
  stdin = true,
  append_fname = false,
  args = {
    "check",
    "--output-format",
    "json",
    "--stdin-filename",
    function()
      return vim.api.nvim_buf_get_name(0)
    end,
    "-",
  },
  stream = "stdout",
  ignore_exitcode = true, -- 1 means "findings", which the parser reports; 2 prints to stderr
  parser = function(output, bufnr)
    if output == "" then
      return {}
    end
    local ok, report = pcall(vim.json.decode, output)
    if not ok or type(report) ~= "table" then
      return {}
    end
    local diagnostics = {}
    for _, file in ipairs(report.files or {}) do
      for _, d in ipairs(file.diagnostics or {}) do
        local message = d.message
        if d.help then
          message = message .. "\nhelp: " .. d.help
        end
        -- Lines and columns are 1-based in the report and 0-based in Neovim. Columns count
        -- characters; Truss configs are ASCII where it matters (keys and values of resources).
        table.insert(diagnostics, {
          bufnr = bufnr,
          lnum = d.line - 1,
          col = d.column - 1,
          end_lnum = d.end_line - 1,
          end_col = d.end_column - 1,
          severity = severities[d.severity] or vim.diagnostic.severity.WARN,
          code = d.code,
          source = "truss-lint",
          message = message,
        })
      end
    end
    return diagnostics
  end,
}

-- truss-lint lints whatever it is given on stdin, so only hand it buffers that look like Truss
-- configs: config.yaml/config.yml with a top-level Truss key or the Truss schema modeline (a Hydra
-- or Helm config.yaml is left alone, as `truss-lint check DIR` leaves it alone).
local truss_keys = {
  "model_name", "model_class_name", "model_metadata", "python_version", "requirements_file",
  "system_packages", "secrets", "docker_server", "model_cache", "hf_cache", "weights", "trt_llm",
  "build_commands", "base_image", "external_package_dirs", "model_framework", "spec_version",
}

local function looks_like_truss(bufnr)
  for _, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, 200, false)) do
    if line:match("yaml%-language%-server:%s*%$schema=%S*truss") then
      return true
    end
    local key = line:match("^([%w_]+)%s*:")
    if key and vim.tbl_contains(truss_keys, key) then
      return true
    end
  end
  return false
end

vim.api.nvim_create_autocmd({ "BufEnter", "BufWritePost", "InsertLeave", "TextChanged" }, {
  pattern = { "config.yaml", "config.yml" },
  callback = function(event)
    if looks_like_truss(event.buf) then
      lint.try_lint("truss_lint")
    end
  end,
})
