#!/usr/bin/env node
'use strict';
require('../cli/out/cli.js').run();
