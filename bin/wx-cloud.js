#!/usr/bin/env node
// Installed command; runs the compiled program (npm ci builds dist/ through the prepare script).
import '../dist/cloud/main.js';
