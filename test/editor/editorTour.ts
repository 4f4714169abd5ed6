/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/require-node-api-error -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * A walk through the n8n editor with this package installed: the nodes panel, the node's
 * parameters (run against the emulator), the credential dialog and its Test, and the icons in light
 * and dark mode. Each step saves a PNG and returns what the page showed, read from the DOM, so the
 * editor test can assert on it and `npm run screenshots` can refresh docs/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

import { PACKAGE_NAME } from '../e2e/realN8n';
import { issuedImageUrls } from '../emulator/routes/productImages';
import type { NaverCommerceEmulator } from '../emulator/server';
import type { EditorBrowser } from './browser';
import type { N8nServer } from './n8nServer';

export const NODE_TYPE = `${PACKAGE_NAME}.naverCommerce`;
export const TRIGGER_NODE_TYPE = `${PACKAGE_NAME}.naverCommerceTrigger`;
/** The emulator credential's name: what n8n names a first credential of this type. */
export const CREDENTIAL_NAME = 'Naver Commerce account';
/** What the Product → Create step types into the category search, and the leaf it picks. */
export const CATEGORY_SEARCH = '티셔츠';
export const CATEGORY_PATH = '패션의류>여성의류>티셔츠';
/** The notice type the step picks: the first one Naver recommends for 패션의류. */
export const NOTICE_TYPE_PICKED = '의류 (WEAR)';
/** The Product → Create fields the second picture must show, from Delivery to After-Sales Guide. */
export const DELIVERY_AND_NOTICE_FIELDS = [
	'deliveryType',
	'deliveryCompany',
	'deliveryFeeType',
	'baseFee',
	'freeConditionalAmount',
	'deliveryFeePayType',
	'returnDeliveryFee',
	'exchangeDeliveryFee',
	'shippingAddressId',
	'returnAddressId',
	'noticeType',
	'originAreaCode',
	'originImporter',
	'afterServiceTelephoneNumber',
	'afterServiceGuideContent',
] as const;
/** The window the delivery and notice picture is taken in: tall enough for all of those fields. */
export const TALL_VIEWPORT = { width: 1280, height: 1200 } as const;
/** Image URLs of the T-shirt, as Upload Images would have returned them. */
export const PRODUCT_IMAGE_URLS = [
	'https://shop-phinf.pstatic.net/20260105_12/tshirt-front.jpg',
	'https://shop-phinf.pstatic.net/20260105_13/tshirt-back.jpg',
] as const;
/**
 * What the Product → Create workflow holds before the editor picks the category and the notice
 * type: a T-shirt shipped by parcel, free from 50,000 won, imported, with after-sales contacts.
 */
export const PRODUCT_FORM = {
	name: '오버핏 코튼 반팔 티셔츠',
	salePrice: 19900,
	stockQuantity: 120,
	imageSource: 'url',
	imageUrls: PRODUCT_IMAGE_URLS.join(', '),
	detailContent: '<p>면 100% 오버핏 반팔 티셔츠, 남녀공용</p>',
	deliveryType: 'DELIVERY',
	deliveryCompany: 'CJGLS',
	deliveryFeeType: 'CONDITIONAL_FREE',
	baseFee: 3000,
	freeConditionalAmount: 50000,
	deliveryFeePayType: 'PREPAID',
	returnDeliveryFee: 3500,
	exchangeDeliveryFee: 7000,
	originAreaCode: '02',
	originImporter: '(주)코튼트레이딩',
	afterServiceTelephoneNumber: '02-1234-5678',
	afterServiceGuideContent: '평일 10:00–17:00 고객센터 (카카오톡 채널 상담 가능)',
} as const;

/** The credential fields the dialog must show, by property name. */
export const CREDENTIAL_FIELDS = [
	'clientId',
	'clientSecret',
	'type',
	'baseUrl',
	'rateLimitWaitSeconds',
] as const;
export type CredentialField = (typeof CREDENTIAL_FIELDS)[number];

export interface AppSecrets {
	clientId: string;
	clientSecret: string;
}

export interface CredentialTestResult {
	status: string;
	message: string;
}

export interface IconSeen {
	src: string;
	naturalWidth: number;
}

export interface EditorObservations {
	nodesPanel: {
		/** The panel's heading before the search ("What triggers this workflow?"). */
		heading: string;
		/** The search results for "naver". */
		itemNames: string[];
		naverNodeType: string;
		naverDescription: string;
		naverIcon: IconSeen;
		/** The opened entry: its section headers, and the entries keyed by each node type. */
		sections: string[];
		triggers: string[];
		actions: string[];
	};
	parameters: {
		labels: string[];
		resource: string;
		operation: string;
		method: string;
		path: string;
		outputText: string;
	};
	/** Product Order → Confirm, run against the emulator. */
	confirm: {
		labels: string[];
		resource: string;
		operation: string;
		outputText: string;
	};
	/** Naver Commerce Trigger, after Fetch Test Event. */
	trigger: {
		labels: string[];
		triggerOn: string;
		events: string[];
		outputText: string;
	};
	/** Product → Create, with the category picked from the list. */
	productCreate: {
		labels: string[];
		/** What the category search offered for "티셔츠". */
		categoryResults: string[];
		/** The category the locator shows after the pick. */
		category: string;
		name: string;
		salePrice: string;
		imageUrls: string;
		/** What the Product Information Notice dropdown offers once the category is picked. */
		noticeTypes: string[];
		/** The notice type shown after picking NOTICE_TYPE_PICKED. */
		noticeType: string;
		/**
		 * Which of DELIVERY_AND_NOTICE_FIELDS, and of the fields just above and below them (Detail
		 * Content, Tax Type), the second picture shows whole.
		 */
		fieldsInView: string[];
		/** The output panel after Execute step (JSON view). */
		outputText: string;
	};
	credentialDialog: {
		title: string;
		labels: Record<CredentialField, string>;
		tooltips: Partial<Record<CredentialField, string>>;
		notice: string;
		tokenTypeOptions: string[];
		/** At the moment of the screenshot: the secret field shown whole, and no tooltip open. */
		secretFieldVisible: boolean;
		openTooltips: string[];
	};
	credentialTest: {
		/** The credential's name, as the dialog shows it. */
		name: string;
		/** Whether the credential held an access token from the workflow runs when it was tested. */
		heldToken: boolean;
		successText: string;
		failureText: string;
		/** What the editor's Retry (Test) and Save got from POST /rest/credentials/test. */
		retested: CredentialTestResult;
		failedTest: CredentialTestResult;
	};
	icons: {
		light: IconSeen & { theme: string };
		dark: IconSeen & { theme: string };
	};
	screenshots: string[];
}

const LAST_CHANGES_QUERY =
	'={{ JSON.stringify({ lastChangedFrom: $now.minus({ hours: 24 }).setZone("Asia/Seoul").toFormat("yyyy-MM-dd\'T\'HH:mm:ss.SSSZZ"), limitCount: 3 }) }}';

function manualTrigger(): Record<string, unknown> {
	return {
		id: 'trigger',
		name: 'When clicking ‘Execute workflow’',
		type: 'n8n-nodes-base.manualTrigger',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
}

async function createWorkflow(
	server: N8nServer,
	name: string,
	nodes: Array<Record<string, unknown>>,
): Promise<string> {
	const connections: Record<string, unknown> = {};
	for (let index = 0; index + 1 < nodes.length; index++) {
		connections[String(nodes[index].name)] = {
			main: [[{ node: String(nodes[index + 1].name), type: 'main', index: 0 }]],
		};
	}
	const created = await server.rest<{ data: { id: string } }>('POST', '/workflows', {
		name,
		nodes,
		connections,
		settings: { executionOrder: 'v1' },
		active: false,
	});
	if (created.status !== 200) {
		throw new Error(`creating workflow "${name}" failed: ${created.status}`);
	}
	return created.body.data.id;
}

/**
 * Four paid, unconfirmed product orders of the emulator for the Confirm picture, one of them with
 * an address the buyer changed, so the output shows both values of isReceiverAddressChanged.
 */
export function confirmableProductOrderIds(emulator: NaverCommerceEmulator): string[] {
	const paid = emulator.store.productOrders.filter(
		(order) =>
			order.productOrderStatus === 'PAYED' &&
			order.placeOrderStatus === 'NOT_YET' &&
			!order.claimStatus,
	);
	const changed = paid.filter((order) => order.receiverAddressChanged).slice(0, 1);
	const unchanged = paid.filter((order) => !order.receiverAddressChanged).slice(0, 3);
	return [...unchanged, ...changed].map((order) => order.productOrderId);
}

/**
 * Makes the emulator take PRODUCT_IMAGE_URLS as its own, as if Product → Upload Images had
 * returned them: Naver registers a product only with images it issued.
 */
export function issueProductImageUrls(emulator: NaverCommerceEmulator): void {
	for (const url of PRODUCT_IMAGE_URLS) issuedImageUrls(emulator.store).add(url);
}

/** Creates the emulator credential through the REST API (as the editor's Save does). */
export async function createCredential(
	server: N8nServer,
	name: string,
	data: Record<string, unknown>,
): Promise<string> {
	const created = await server.rest<{ data: { id: string } }>('POST', '/credentials', {
		name,
		type: 'naverCommerceApi',
		data,
	});
	if (created.status !== 200) throw new Error(`creating credential failed: ${created.status}`);
	return created.body.data.id;
}

/** The parts of an <img> element read in the page (this project compiles without the DOM lib). */
interface ImageElementLike {
	complete: boolean;
	naturalWidth: number;
	getAttribute(name: string): string | null;
	addEventListener(type: string, listener: () => void, options: { once: boolean }): void;
}

async function iconOf(image: Locator): Promise<IconSeen> {
	await image.waitFor({ state: 'visible' });
	// An <img> that failed to load reports naturalWidth 0; wait until it has settled either way.
	return await image.evaluate(
		async (element: ImageElementLike) => {
			if (!element.complete) {
				await new Promise<void>((resolve) => {
					element.addEventListener('load', resolve, { once: true });
					element.addEventListener('error', resolve, { once: true });
				});
			}
			return { src: element.getAttribute('src') ?? '', naturalWidth: element.naturalWidth };
		},
		undefined,
		{ timeout: 15_000 },
	);
}

async function openWorkflow(page: Page, server: N8nServer, id: string, theme?: string) {
	await page.goto(`${server.baseUrl}/workflow/${id}${theme ? `?theme=${theme}` : ''}`);
	await page.locator('[data-test-id="canvas-node"]').first().waitFor();
	// The canvas fades in and fits the view; clicks before that land on the pane.
	await page.waitForTimeout(1000);
}

async function naverCanvasNode(page: Page): Promise<Locator> {
	const node = page.locator(`[data-test-id="canvas-node"][data-node-type="${NODE_TYPE}"]`);
	await node.waitFor();
	return node;
}

async function shoot(page: Page, outDir: string, name: string, shots: string[], clip?: Locator) {
	const path = join(outDir, name);
	if (clip) {
		await clip.screenshot({ path, animations: 'disabled' });
	} else {
		await page.screenshot({ path, animations: 'disabled' });
	}
	shots.push(path);
}

async function textOf(locator: Locator): Promise<string> {
	return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

/**
 * The nodes panel of an empty workflow after searching for "naver", then the entry opened. n8n
 * 2.41 lists a node and its trigger of the same type name as one entry (generateMergedNodesAndActions
 * in the editor), and gives that entry the trigger's description; opened, the entry shows the
 * trigger's events under Triggers and the node's operations under Actions. The picture shows both
 * sections.
 */
async function nodesPanel(
	page: Page,
	server: N8nServer,
	workflowId: string,
	outDir: string,
	shots: string[],
): Promise<EditorObservations['nodesPanel']> {
	await page.goto(`${server.baseUrl}/workflow/${workflowId}`);
	const plus = page.locator('[data-test-id="node-creator-plus-button"]');
	await plus.waitFor();
	// The canvas fades in; clicks before that land on the pane.
	await page.waitForTimeout(1000);
	await plus.click();
	const creator = page.locator('[data-test-id="node-creator"]');
	await creator.waitFor();
	const heading = await textOf(creator.locator('[data-test-id="nodes-list-header"]').first());
	const search = creator.locator('input').first();
	await search.fill('naver');
	const item = creator
		.locator('[data-test-id="item-iterator-item"]')
		.filter({
			has: page.locator('[data-test-id="node-creator-item-name"]', {
				hasText: /^Naver Commerce$/,
			}),
		})
		.first();
	await item.waitFor();
	// The editor keys each entry by node type: proof that the entry is this package's node.
	const naverNodeType = ((await item.getAttribute('data-keyboard-nav-id')) ?? '').slice(
		0,
		NODE_TYPE.length,
	);
	const itemNames = await creator
		.locator('[data-test-id="node-creator-item-name"]')
		.allInnerTexts();
	const naverDescription = await textOf(
		item.locator('[data-test-id="node-creator-item-description"]'),
	);
	const naverIcon = await iconOf(item.locator('img').first());

	// Opened: Triggers expanded (this is a trigger panel), Actions collapsed until clicked.
	await item.click();
	const sections = creator.locator('[data-test-id="node-creator-category-item"]');
	const actionsSection = sections.filter({ hasText: /^Actions \(\d+\)$/ });
	await actionsSection.waitFor();
	await actionsSection.click();
	const entries = creator.locator('[data-test-id="item-iterator-item"]');
	await entries
		.filter({ hasText: /^Send an API request$/ })
		.first()
		.waitFor();
	const namesKeyedBy = async (nodeType: string) => {
		const names: string[] = [];
		for (const entry of await entries.all()) {
			const key = (await entry.getAttribute('data-keyboard-nav-id')) ?? '';
			if (key.startsWith(`${nodeType}-`)) names.push(await textOf(entry));
		}
		return names;
	};
	const observations = {
		heading,
		itemNames: itemNames.map((name) => name.trim()),
		naverNodeType,
		naverDescription,
		naverIcon,
		sections: (await sections.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim()),
		triggers: await namesKeyedBy(TRIGGER_NODE_TYPE),
		actions: await namesKeyedBy(NODE_TYPE),
	};
	await page.mouse.move(400, 600);
	await page.waitForTimeout(300);
	await shoot(page, outDir, 'nodes-panel-search.png', shots);
	return observations;
}

/** The node's parameter panel (API Request), after running the step against the emulator. */
async function parameters(
	page: Page,
	server: N8nServer,
	workflowId: string,
	outDir: string,
	shots: string[],
): Promise<EditorObservations['parameters']> {
	await openWorkflow(page, server, workflowId);
	await (await naverCanvasNode(page)).dblclick();
	const ndv = page.locator('[data-test-id="ndv"]');
	await ndv.waitFor();
	const panel = ndv.locator('[data-test-id="node-parameters"]');
	await panel.waitFor();
	await ndv.locator('[data-test-id="node-execute-button"]').first().click();
	const output = ndv.locator('[data-test-id="output-panel"]');
	// The run is done when the output panel shows the response's fields.
	await output.getByText('lastChangeStatuses').first().waitFor({ timeout: 60_000 });
	const jsonView = output.locator('[data-test-id="radio-button-json"]');
	if (await jsonView.isVisible()) {
		await jsonView.click();
		await output.getByText('productOrderId').first().waitFor();
	}
	const labels: string[] = [];
	for (const label of await panel.locator('label').all()) {
		const text = await labelText(label);
		if (text !== '') labels.push(text);
	}
	const valueOf = async (name: string) =>
		await panel.locator(`[data-test-id="parameter-input-${name}"] input`).first().inputValue();
	const observations = {
		labels,
		resource: await valueOf('resource'),
		operation: await valueOf('operation'),
		method: await valueOf('method'),
		path: await valueOf('path'),
		outputText: await textOf(output),
	};
	await dismissToasts(page);
	await shoot(page, outDir, 'node-parameters.png', shots);
	await ndv.locator('[data-test-id="ndv-close-button"]').click();
	return observations;
}

/**
 * Runs an action that makes the editor test a credential and returns n8n's answer to
 * POST /rest/credentials/test. The dialog re-renders from that answer, so waiting for it also
 * keeps the next input from being overwritten.
 */
async function testResponse(
	page: Page,
	action: () => Promise<void>,
): Promise<CredentialTestResult> {
	const [response] = await Promise.all([
		page.waitForResponse(
			(candidate) =>
				candidate.url().endsWith('/rest/credentials/test') &&
				candidate.request().method() === 'POST',
			{ timeout: 60_000 },
		),
		action(),
	]);
	const body = (await response.json()) as { data?: Partial<CredentialTestResult> };
	await page.waitForTimeout(500);
	return { status: String(body.data?.status), message: String(body.data?.message) };
}

/** Fills an input and waits until the form really holds the value (Vue may re-render it). */
async function setInput(input: Locator, value: string): Promise<void> {
	for (let attempt = 1; attempt <= 10; attempt++) {
		await input.fill(value);
		await input.page().waitForTimeout(300);
		if ((await input.inputValue()) === value) return;
	}
	throw new Error('a credential field did not keep the value typed into it');
}

/**
 * A field's label as shown: the title part of n8n's input label, without the Fixed/Expression
 * toggle that shares the label row on hover, and without the " *" of required fields.
 */
async function labelText(label: Locator): Promise<string> {
	const title = label.locator('[class*="_title_"]').first();
	const text = (await title.count()) > 0 ? await textOf(title) : await textOf(label);
	return text.replace(/\s*\*$/, '');
}

async function credentialLabel(dialog: Locator, field: CredentialField): Promise<string> {
	return await labelText(dialog.locator(`[data-test-id="${field}"] label`).first());
}

/**
 * The help tooltip of a credential field: hovers its help icon and, once the icon reports the
 * tooltip open, reads the open tooltip's content (polled, bounded). Retries the hover, as the
 * dialog may still be animating in.
 */
async function fieldHelp(page: Page, dialog: Locator, field: CredentialField): Promise<string> {
	const trigger = dialog.locator(`[data-test-id="${field}"] [data-grace-area-trigger]`).first();
	for (let attempt = 1; attempt <= 3; attempt++) {
		await page.mouse.move(0, 0);
		await dialog.locator(`[data-test-id="${field}"] label`).first().hover();
		await trigger.hover();
		const deadline = Date.now() + 4000;
		while (Date.now() < deadline) {
			if ((await trigger.getAttribute('data-state'))?.endsWith('open')) {
				const texts = await page
					.locator('[data-test-id="tooltip-content"][data-state$="open"]')
					.allTextContents();
				const text = texts.join(' ').replace(/\s+/g, ' ').trim();
				if (text !== '') return text;
			}
			await page.waitForTimeout(200);
		}
	}
	return '';
}

/** A field's help, with the tooltip closed again afterwards. */
async function credentialTooltip(
	page: Page,
	dialog: Locator,
	field: CredentialField,
): Promise<string> {
	const text = await fieldHelp(page, dialog, field);
	await page.mouse.move(0, 0);
	await dialog
		.locator(`[data-test-id="${field}"] [data-grace-area-trigger][data-state="closed"]`)
		.first()
		.waitFor({ timeout: 10_000 })
		.catch(() => undefined);
	return text;
}

/** The texts of the tooltips open on the page (n8n keeps closed ones in the DOM, hidden). */
async function openTooltipTexts(page: Page): Promise<string[]> {
	const texts = await page.locator('[data-test-id="tooltip-content"]:visible').allTextContents();
	return texts.map((text) => text.replace(/\s+/g, ' ').trim()).filter((text) => text !== '');
}

/**
 * Parks the mouse on an empty spot of `area` (its bottom-left corner), takes the focus off any
 * field, and waits (bounded) until no tooltip is open; returns those still open.
 */
async function settleWithoutTooltips(page: Page, area: Locator): Promise<string[]> {
	const box = await area.boundingBox();
	await page.mouse.move(box ? box.x + 12 : 0, box ? box.y + box.height - 12 : 0);
	await page.evaluate('document.activeElement && document.activeElement.blur()');
	const deadline = Date.now() + 5000;
	let open = await openTooltipTexts(page);
	while (open.length > 0 && Date.now() < deadline) {
		await page.waitForTimeout(200);
		open = await openTooltipTexts(page);
	}
	await page.waitForTimeout(300);
	return await openTooltipTexts(page);
}

/** Closes n8n's "Node executed successfully" toasts, which would cover the output panel. */
async function dismissToasts(page: Page): Promise<void> {
	for (const close of await page.locator('.el-notification__closeBtn:visible').all()) {
		await close.click().catch(() => undefined);
	}
	await page
		.locator('.el-notification:visible')
		.first()
		.waitFor({ state: 'hidden', timeout: 5000 })
		.catch(() => undefined);
}

/** The labels of a parameter panel, as shown (see labelText). */
async function panelLabels(panel: Locator): Promise<string[]> {
	const labels: string[] = [];
	for (const label of await panel.locator('label').all()) {
		const text = await labelText(label);
		if (text !== '') labels.push(text);
	}
	return labels;
}

/** Opens the one node of `nodeType` on the workflow's canvas; returns the NDV and its panel. */
async function openNode(
	page: Page,
	server: N8nServer,
	workflowId: string,
	nodeType: string,
): Promise<{ ndv: Locator; panel: Locator }> {
	await openWorkflow(page, server, workflowId);
	const node = page.locator(`[data-test-id="canvas-node"][data-node-type="${nodeType}"]`);
	await node.dblclick();
	const ndv = page.locator('[data-test-id="ndv"]');
	await ndv.waitFor();
	const panel = ndv.locator('[data-test-id="node-parameters"]');
	await panel.waitFor();
	return { ndv, panel };
}

/** Product Order → Confirm on a few paid orders, run against the emulator. */
async function productOrderConfirm(
	page: Page,
	server: N8nServer,
	workflowId: string,
	outDir: string,
	shots: string[],
): Promise<EditorObservations['confirm']> {
	const { ndv, panel } = await openNode(page, server, workflowId, NODE_TYPE);
	await ndv.locator('[data-test-id="node-execute-button"]').first().click();
	const output = ndv.locator('[data-test-id="output-panel"]');
	await output.getByText('isReceiverAddressChanged').first().waitFor({ timeout: 60_000 });
	// JSON view: every field of each result item, none cut off by the panel's width.
	const jsonView = output.locator('[data-test-id="radio-button-json"]');
	if (await jsonView.isVisible()) {
		await jsonView.click();
		await output.getByText('isReceiverAddressChanged').first().waitFor();
		await page.waitForTimeout(300);
	}
	const valueOf = async (name: string) =>
		await panel.locator(`[data-test-id="parameter-input-${name}"] input`).first().inputValue();
	const observations = {
		labels: await panelLabels(panel),
		resource: await valueOf('resource'),
		operation: await valueOf('operation'),
		outputText: await textOf(output),
	};
	await dismissToasts(page);
	await settleWithoutTooltips(page, panel);
	await shoot(page, outDir, 'product-order-confirm.png', shots);
	await ndv.locator('[data-test-id="ndv-close-button"]').click();
	return observations;
}

/** The trigger node on Product Order Change, after Fetch Test Event (JSON view). */
async function triggerNode(
	page: Page,
	server: N8nServer,
	workflowId: string,
	outDir: string,
	shots: string[],
): Promise<EditorObservations['trigger']> {
	const { ndv, panel } = await openNode(page, server, workflowId, TRIGGER_NODE_TYPE);
	await ndv.locator('[data-test-id="node-execute-button"]').first().click();
	const output = ndv.locator('[data-test-id="output-panel"]');
	await output.getByText('lastChangedType').first().waitFor({ timeout: 60_000 });
	const jsonView = output.locator('[data-test-id="radio-button-json"]');
	if (await jsonView.isVisible()) {
		await jsonView.click();
		await output.getByText('productOrderId').first().waitFor();
		await page.waitForTimeout(300);
	}
	const eventTags = panel.locator('[data-test-id="parameter-input-events"] .el-tag');
	const observations = {
		labels: await panelLabels(panel),
		triggerOn: await panel
			.locator('[data-test-id="parameter-input-triggerOn"] input')
			.first()
			.inputValue(),
		events: (await eventTags.allInnerTexts()).map((text) => text.trim()),
		outputText: await textOf(output),
	};
	await dismissToasts(page);
	await settleWithoutTooltips(page, panel);
	await shoot(page, outDir, 'trigger.png', shots);
	await ndv.locator('[data-test-id="ndv-close-button"]').click();
	return observations;
}

/** Product → Create filled in, the category searched for and picked from the list. */
async function productCreate(
	page: Page,
	server: N8nServer,
	workflowId: string,
	outDir: string,
	shots: string[],
): Promise<EditorObservations['productCreate']> {
	const { ndv, panel } = await openNode(page, server, workflowId, NODE_TYPE);
	const locator = panel.locator('[data-test-id="resource-locator-leafCategoryId"]');
	await locator.locator('[data-test-id="rlc-input"]').click();
	// The list opens in a popover outside the panel, with its own search box.
	const search = page.locator('[data-test-id="rlc-search"]:visible');
	await search.waitFor();
	await search.fill(CATEGORY_SEARCH);
	const items = page.locator('[data-test-id="rlc-item"]:visible');
	const result = items.filter({ hasText: new RegExp(`^${CATEGORY_PATH}$`) }).first();
	await result.waitFor({ timeout: 30_000 });
	// The search answers after a debounce; read the list once it holds only matches.
	const deadline = Date.now() + 10_000;
	let categoryResults = (await items.allInnerTexts()).map((text) => text.trim());
	while (categoryResults.some((text) => !text.includes(CATEGORY_SEARCH)) && Date.now() < deadline) {
		await page.waitForTimeout(200);
		categoryResults = (await items.allInnerTexts()).map((text) => text.trim());
	}
	await result.click();
	await search.waitFor({ state: 'hidden' });
	const input = (name: string) =>
		panel.locator(`[data-test-id="parameter-input-${name}"] input`).first();
	const observations = {
		labels: await panelLabels(panel),
		categoryResults,
		category: await locator.locator('[data-test-id="rlc-input"]').inputValue(),
		name: await input('name').inputValue(),
		salePrice: await input('salePrice').inputValue(),
		imageUrls: await input('imageUrls').inputValue(),
	};
	await settleWithoutTooltips(page, panel);
	await shoot(page, outDir, 'product-create.png', shots);

	// The notice types come from the node's loadOptions method, through n8n's REST API, with the
	// picked category among the node's parameters. The first one, Naver's recommendation for
	// 패션의류, is picked.
	const noticeSelect = panel.locator('[data-test-id="parameter-input-noticeType"]');
	await noticeSelect.scrollIntoViewIfNeeded();
	await noticeSelect.locator('input').first().click();
	const noticeOptions = page.locator('.el-select-dropdown__item:visible, [role="option"]:visible');
	await noticeOptions.first().waitFor();
	const noticeTypes = (await noticeOptions.allInnerTexts()).map((text) =>
		text.replace(/\s+/g, ' ').trim(),
	);
	await noticeOptions.filter({ hasText: NOTICE_TYPE_PICKED }).first().click();
	await noticeOptions.first().waitFor({ state: 'hidden' });

	// Run against the emulator: the product is registered with what the form holds.
	await ndv.locator('[data-test-id="node-execute-button"]').first().click();
	const output = ndv.locator('[data-test-id="output-panel"]');
	await output.getByText('originProductNo').first().waitFor({ timeout: 60_000 });
	const jsonView = output.locator('[data-test-id="radio-button-json"]');
	if (await jsonView.isVisible()) {
		await jsonView.click();
		await output.getByText('smartstoreChannelProductNo').first().waitFor();
	}
	await dismissToasts(page);

	// The second picture: from Delivery to the after-sales fields, in a taller window so that the
	// delivery fee, the claim fees, the addresses, the notice type, the origin and the after-sales
	// fields are in one view.
	const viewport = page.viewportSize();
	await page.setViewportSize(TALL_VIEWPORT);
	try {
		await page.waitForTimeout(1000);
		await scrollPanelTo(panel, 'deliveryType');
		await settleWithoutTooltips(page, ndv.locator('[data-test-id="output-panel"]'));
		// The fields just above and below are asked too: they must be out of the picture.
		const fieldsInView = await parametersInView(panel, [
			'detailContent',
			...DELIVERY_AND_NOTICE_FIELDS,
			'taxType',
		]);
		const deliveryAndNotice = {
			noticeType: await input('noticeType').inputValue(),
			fieldsInView,
			outputText: await textOf(output),
		};
		await shoot(page, outDir, 'product-create-delivery-notice.png', shots);
		await ndv.locator('[data-test-id="ndv-close-button"]').click();
		return { ...observations, noticeTypes, ...deliveryAndNotice };
	} finally {
		if (viewport) await page.setViewportSize(viewport);
	}
}

/** Scrolls the parameter panel so that the parameter `name` is at its top. */
async function scrollPanelTo(panel: Locator, name: string): Promise<void> {
	const target = panel.locator(`[data-test-id="parameter-input-${name}"]`).first();
	await target.waitFor();
	const panelBox = await panel.boundingBox();
	const targetBox = await target.boundingBox();
	if (!panelBox || !targetBox) throw new Error(`parameter ${name} is not shown`);
	// The label sits above the input; leave room for it.
	await panel.evaluate(
		(element: { scrollTop: number }, by: number) => {
			element.scrollTop += by;
		},
		targetBox.y - panelBox.y - 40,
	);
	await panel.page().waitForTimeout(500);
}

/** The parts of an element read in the page to tell whether it is scrolled out of sight. */
interface BoxedElementLike {
	parentElement: BoxedElementLike | null;
	scrollTop: number;
	scrollHeight: number;
	clientHeight: number;
	getBoundingClientRect(): { top: number; bottom: number };
	/** The window the element is in. */
	ownerDocument: {
		defaultView: {
			innerHeight: number;
			getComputedStyle(element: BoxedElementLike): { overflowY: string };
		};
	};
}

/**
 * Whether the element is shown whole: not cut off by any scrolling container around it, nor by
 * the window. (Playwright's isVisible counts an element scrolled out of its container as visible.)
 */
async function shownWhole(locator: Locator): Promise<boolean> {
	if ((await locator.count()) === 0) return false;
	return await locator.first().evaluate((element: BoxedElementLike) => {
		const page = element.ownerDocument.defaultView;
		const box = element.getBoundingClientRect();
		if (box.top < 0 || box.bottom > page.innerHeight) return false;
		for (let parent = element.parentElement; parent; parent = parent.parentElement) {
			const scrolls = /(auto|scroll|hidden)/.test(page.getComputedStyle(parent).overflowY);
			if (!scrolls || parent.scrollHeight <= parent.clientHeight) continue;
			const clip = parent.getBoundingClientRect();
			if (box.top < clip.top || box.bottom > clip.bottom) return false;
		}
		return true;
	});
}

/** Scrolls every container around the element back to its top. */
async function scrollToTop(locator: Locator): Promise<void> {
	await locator.first().evaluate((element: BoxedElementLike) => {
		for (let parent = element.parentElement; parent; parent = parent.parentElement) {
			if (parent.scrollTop > 0) parent.scrollTop = 0;
		}
	});
}

/** Which of the parameters `names` the parameter panel shows whole, as scrolled now. */
async function parametersInView(panel: Locator, names: readonly string[]): Promise<string[]> {
	const shown: string[] = [];
	for (const name of names) {
		// Resource locators (the addresses) have a test id of their own.
		const field = panel.locator(
			`[data-test-id="parameter-input-${name}"], [data-test-id="resource-locator-${name}"]`,
		);
		if (await shownWhole(field)) shown.push(name);
	}
	return shown;
}

/**
 * A new credential from the node's credential menu: the empty dialog, its labels and help. Taken
 * while the instance has no credential yet, so n8n names it as a newcomer sees it.
 */
async function credentialDialog(
	page: Page,
	server: N8nServer,
	workflowId: string,
	outDir: string,
	shots: string[],
): Promise<EditorObservations['credentialDialog']> {
	await openWorkflow(page, server, workflowId);
	await (await naverCanvasNode(page)).dblclick();
	const ndv = page.locator('[data-test-id="ndv"]');
	await ndv.waitFor();
	// With no credential of this type yet, n8n 2.41 shows a "Connect to Naver Commerce" button in
	// place of the credential menu.
	const connect = ndv
		.locator('[data-test-id="node-credentials-empty-state"]')
		.getByRole('button', { name: 'Connect to Naver Commerce' });
	await connect.click();
	const dialog = page.locator('[data-test-id="editCredential-modal"]');
	await dialog.locator('[data-test-id="clientId"]').waitFor();

	const labels = {} as Record<CredentialField, string>;
	for (const field of CREDENTIAL_FIELDS) labels[field] = await credentialLabel(dialog, field);
	const notice = await textOf(dialog.locator('.notice').first());
	const title = await textOf(dialog.locator('[data-test-id="credential-name"]').first());

	// Opening a select first also gives the dialog the focus its help tooltips need to open.
	await dialog.locator('[data-test-id="parameter-input-type"]').click();
	const optionList = page.locator('.el-select-dropdown__item:visible, [role="option"]:visible');
	await optionList.first().waitFor();
	const tokenTypeOptions = (await optionList.allInnerTexts()).map((text) =>
		text.replace(/\s+/g, ' ').trim(),
	);
	await page.keyboard.press('Escape');

	const tooltips: Partial<Record<CredentialField, string>> = {};
	for (const field of CREDENTIAL_FIELDS) {
		tooltips[field] = await credentialTooltip(page, dialog, field);
	}

	// The picture shows the form itself: every field readable, no help tooltip over one of them
	// (the help texts are asserted above, one by one).
	// Hovering the help of the lower fields scrolled the form; back to its top.
	await scrollToTop(dialog.locator('[data-test-id="clientId"]'));
	const openTooltips = await settleWithoutTooltips(page, dialog);
	const secretFieldVisible = await shownWhole(
		dialog.locator('[data-test-id="parameter-input-clientSecret"] input'),
	);
	await shoot(page, outDir, 'credential-dialog.png', shots);
	return {
		title,
		labels,
		tooltips,
		notice,
		tokenTypeOptions,
		secretFieldVisible,
		openTooltips,
	};
}

/**
 * The credential the workflows ran with, opened as from the Credentials list: n8n tests it on
 * opening, and Retry is the Test button. Then a wrong secret, saved: n8n tests it again and the
 * dialog says why it failed. The credential holds the access token of those runs; the credential
 * sends a stored token only with the values it was issued for, so the wrong secret is tested for
 * real.
 */
async function credentialTest(
	page: Page,
	server: N8nServer,
	credentialId: string,
	wrongSecret: string,
	outDir: string,
	shots: string[],
): Promise<EditorObservations['credentialTest']> {
	const stored = await server.rest<{ data: { data?: Record<string, unknown> } }>(
		'GET',
		`/credentials/${credentialId}?includeData=true`,
	);
	// n8n shows a stored secret as a placeholder, and leaves out a field that was never set.
	const heldToken = Boolean(stored.body.data?.data?.accessToken);
	await page.goto(`${server.baseUrl}/home/credentials/${credentialId}`);
	const dialog = page.locator('[data-test-id="editCredential-modal"]');
	const success = dialog.locator('[data-test-id="credentials-config-container-test-success"]');
	await success.waitFor({ timeout: 60_000 });
	const retested = await testResponse(page, () =>
		success.getByRole('button', { name: 'Retry' }).click(),
	);
	await success.waitFor({ timeout: 60_000 });
	const successText = await textOf(success);
	const name = await textOf(dialog.locator('[data-test-id="credential-name"]').first());
	await shoot(page, outDir, 'credential-test-success.png', shots);

	// A wrong secret: saving tests the credential again and the dialog shows why it failed.
	await setInput(
		dialog.locator('[data-test-id="parameter-input-clientSecret"] input').first(),
		wrongSecret,
	);
	const failedTest = await testResponse(page, () =>
		dialog.locator('[data-test-id="credential-save-button"]').click(),
	);
	// The error banner has no test id: it is the form's danger-themed banner about connecting.
	const failure = dialog.locator('.el-tag--danger').filter({ hasText: /connect/i });
	await failure.waitFor({ timeout: 60_000 });
	await failure.getByText('More details').click();
	await page.waitForTimeout(500);
	const failureText = await textOf(failure);
	await shoot(page, outDir, 'credential-test-failure.png', shots);
	return { name, heldToken, successText, failureText, retested, failedTest };
}

/** The workflow on the canvas, cropped to its nodes, in the light or the dark theme. */
async function canvasIcon(
	page: Page,
	server: N8nServer,
	workflowId: string,
	theme: 'light' | 'dark',
	outDir: string,
	shots: string[],
): Promise<IconSeen & { theme: string }> {
	await page.emulateMedia({ colorScheme: theme });
	await openWorkflow(page, server, workflowId, theme);
	const node = await naverCanvasNode(page);
	const icon = await iconOf(node.locator('img').first());
	const bodyTheme = (await page.locator('body').getAttribute('data-theme')) ?? 'light';
	const box = await node.boundingBox();
	const trigger = await page.locator('[data-test-id="canvas-node"]').first().boundingBox();
	if (!box || !trigger) throw new Error('the canvas nodes have no size');
	const left = Math.max(0, Math.min(box.x, trigger.x) - 60);
	const top = Math.max(0, Math.min(box.y, trigger.y) - 40);
	const path = join(outDir, `icon-${theme}.png`);
	await page.screenshot({
		path,
		animations: 'disabled',
		clip: {
			x: left,
			y: top,
			width: Math.max(box.x + box.width, trigger.x + trigger.width) + 100 - left,
			height: Math.max(box.y + box.height, trigger.y + trigger.height) + 70 - top,
		},
	});
	shots.push(path);
	return { ...icon, theme: bodyTheme };
}

export async function editorTour(options: {
	server: N8nServer;
	browser: EditorBrowser;
	emulatorBaseUrl: string;
	app: AppSecrets;
	wrongSecret: string;
	/** Paid product orders the emulator holds that are not confirmed yet (Confirm picture). */
	confirmableProductOrderIds: string[];
	outDir: string;
	/** Where a failing step saves the page it failed on (default: outDir). */
	failureDir?: string;
}): Promise<EditorObservations> {
	const { server, browser, emulatorBaseUrl, app, wrongSecret, outDir } = options;
	mkdirSync(outDir, { recursive: true });
	const shots: string[] = [];
	const { page } = browser;
	// n8n shows a "you can pin this output" hint over the output panel after a first run; it is
	// stored as seen in the browser's local storage, so mark it seen before any page loads.
	await browser.context.addInitScript(
		"localStorage.setItem('N8N_PIN_DATA_DISCOVERY_NDV', 'true'); localStorage.setItem('N8N_PIN_DATA_DISCOVERY_CANVAS', 'true');",
	);

	// A step that fails leaves a picture of the page it failed on, for the failure message.
	const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
		try {
			return await run();
		} catch (error) {
			const path = join(options.failureDir ?? outDir, `failed-${name}.png`);
			await page.screenshot({ path }).catch(() => undefined);
			const html = await page.content().catch(() => '');
			writeFileSync(path.replace(/\.png$/, '.html'), html);
			throw new Error(`editor step "${name}" failed (page saved to ${path}): ${error}`);
		}
	};
	const apiRequestNode = {
		id: 'naver',
		name: 'Naver Commerce',
		type: NODE_TYPE,
		typeVersion: 1,
		position: [260, 0],
		parameters: {
			resource: 'apiRequest',
			operation: 'send',
			method: 'GET',
			path: '/v1/pay-order/seller/product-orders/last-changed-statuses',
			query: LAST_CHANGES_QUERY,
		},
	};

	// First what a newcomer meets before any credential exists: the nodes panel of an empty
	// workflow, and the dialog of a first credential.
	const emptyWorkflow = await createWorkflow(server, 'Naver Commerce: start here', []);
	const newCredentialWorkflow = await createWorkflow(server, 'Naver Commerce: new credential', [
		manualTrigger(),
		apiRequestNode,
	]);
	const nodes = await step('nodes-panel', () =>
		nodesPanel(page, server, emptyWorkflow, outDir, shots),
	);
	const dialog = await step('credential-dialog', () =>
		credentialDialog(page, server, newCredentialWorkflow, outDir, shots),
	);

	// Then the credential for the emulator, saved as the editor's Save does, and workflows that
	// use it.
	const credentialId = await createCredential(server, CREDENTIAL_NAME, {
		clientId: app.clientId,
		clientSecret: app.clientSecret,
		type: 'SELF',
		baseUrl: emulatorBaseUrl,
	});
	const withCredential = {
		credentials: { naverCommerceApi: { id: credentialId, name: CREDENTIAL_NAME } },
	};
	const changesWorkflow = await createWorkflow(server, 'Naver Commerce: changed orders', [
		manualTrigger(),
		{ ...apiRequestNode, ...withCredential },
	]);
	const confirmWorkflow = await createWorkflow(server, 'Naver Commerce: confirm paid orders', [
		manualTrigger(),
		{
			id: 'confirm',
			name: 'Confirm Paid Orders',
			type: NODE_TYPE,
			typeVersion: 1,
			position: [260, 0],
			parameters: {
				resource: 'productOrder',
				operation: 'confirm',
				productOrderIds: options.confirmableProductOrderIds.slice(0, 4).join(', '),
			},
			...withCredential,
		},
	]);
	const triggerWorkflow = await createWorkflow(server, 'Naver Commerce: new paid orders', [
		{
			id: 'naverTrigger',
			name: 'Naver Commerce Trigger',
			type: TRIGGER_NODE_TYPE,
			typeVersion: 1,
			position: [0, 0],
			parameters: {
				triggerOn: 'productOrderChange',
				events: ['PAYED', 'DISPATCHED'],
				output: 'changes',
			},
			...withCredential,
		},
	]);
	const createProductWorkflow = await createWorkflow(server, 'Naver Commerce: list a T-shirt', [
		manualTrigger(),
		{
			id: 'create',
			name: 'Create Product',
			type: NODE_TYPE,
			typeVersion: 1,
			position: [260, 0],
			// The category and the notice type are picked in the editor.
			parameters: { resource: 'product', operation: 'create', ...PRODUCT_FORM },
			...withCredential,
		},
	]);

	const params = await step('parameters', () =>
		parameters(page, server, changesWorkflow, outDir, shots),
	);
	const confirm = await step('product-order-confirm', () =>
		productOrderConfirm(page, server, confirmWorkflow, outDir, shots),
	);
	const trigger = await step('trigger', () =>
		triggerNode(page, server, triggerWorkflow, outDir, shots),
	);
	const create = await step('product-create', () =>
		productCreate(page, server, createProductWorkflow, outDir, shots),
	);
	const tested = await step('credential-test', () =>
		credentialTest(page, server, credentialId, wrongSecret, outDir, shots),
	);
	const light = await step('icon-light', () =>
		canvasIcon(page, server, changesWorkflow, 'light', outDir, shots),
	);
	const dark = await step('icon-dark', () =>
		canvasIcon(page, server, changesWorkflow, 'dark', outDir, shots),
	);
	await page.emulateMedia({ colorScheme: 'light' });

	return {
		nodesPanel: nodes,
		parameters: params,
		confirm,
		trigger,
		productCreate: create,
		credentialDialog: dialog,
		credentialTest: tested,
		icons: { light, dark },
		screenshots: shots,
	};
}
