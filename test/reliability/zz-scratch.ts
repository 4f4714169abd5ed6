import { DEFAULT_APP, startEmulator } from '../emulator/server';
import { credentialsFor, runNaverCommerceNode } from '../helpers/n8nHarness';
import { send } from './support';
void (async () => {
	const emulator = await startEmulator();
	const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
	for (const [name, params] of [
		['static', send({ method: 'GET', path: '/v1/seller/account' })],
		['expr', send({ method: '={{ $json.method }}', path: '={{ $json.path }}' })],
		['static', send({ method: 'GET', path: '/v1/seller/account' })],
	] as const) {
		const t0 = performance.now();
		const cpu0 = process.cpuUsage();
		await runNaverCommerceNode({
			credentialsHelper: helper,
			inputItems: Array.from({ length: 200 }, () => ({
				method: 'GET',
				path: '/v1/seller/account',
			})),
			parameters: params,
		});
		const cpu = process.cpuUsage(cpu0);
		console.log(
			name,
			((performance.now() - t0) / 200).toFixed(2),
			'ms/item; cpu',
			((cpu.user + cpu.system) / 1000 / 200).toFixed(2),
		);
	}
	await emulator.stop();
})();
