const { src, dest } = require('gulp');

// n8n reads node and credential icons and the codex file from beside the built .js files.
function copyNodeAssets() {
	return src(['nodes/**/*.svg', 'nodes/**/*.png', 'nodes/**/*.node.json', 'credentials/**/*.svg'], {
		base: '.',
		encoding: false,
	}).pipe(dest('dist'));
}

exports['build:icons'] = copyNodeAssets;
