/**
 * Runs the trigger's poll() the way n8n 2.41 does, with n8n-core's real PollContext, poll staging
 * hooks and TriggersAndPollers, and with the persistence rules of n8n's CLI
 * (TriggerExecutionContextFactory.getExecutePollFunctions and the workflow activator):
 *
 * - 'legacy' (n8n's default): the node writes the workflow's in-memory static data; n8n saves it to
 *   the database when the poll emits items, and after activating the workflow. A restart reloads the
 *   saved copy, so what a poll that emitted nothing changed is lost then.
 * - 'durable' (N8N_POLLER_DURABLE_CURSORS_ENABLED, which n8n honours only with its scheduler:
 *   N8N_SCHEDULER_ENABLED and N8N_SCHEDULER_POLL_TRIGGERS_ENABLED): the node's static data is a
 *   row of its own (poller_state), created from the node's workflow static data on the first poll.
 *   Each poll works on a copy of it, committed together with the execution it starts, or alone when
 *   a scheduled poll emits nothing; a failed poll commits nothing, and neither does the activation
 *   poll when it emits nothing (PollTriggerExecutor commits only when not testing the trigger).
 *   Every scheduled poll runs on a workflow built afresh from the database (PollTriggerTaskHandler →
 *   createPollExecutionContext), and the workflow's static data (its `global` part) is still
 *   saved after activation and on every emit. `dropNextExecution` models an execution that is
 *   never stored (a crash), whose cursor is then not committed either.
 *
 * The database is JSON strings, so every reload is a JSON round trip as in n8n.
 */
import {
	commitStagedCursor,
	PollContext,
	runPollInStagingScope,
	TriggersAndPollers,
} from 'n8n-core';
import type {
	IDataObject,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	IWorkflowExecuteAdditionalData,
	WorkflowActivateMode,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { NaverCommerceTrigger } from '../../nodes/NaverCommerce/NaverCommerceTrigger.node.ts';
import { CREDENTIAL_ID, type StoredCredentialsHelper } from '../helpers/n8nHarness.ts';

export const TRIGGER_TYPE = 'n8n-nodes-naver-commerce.naverCommerceTrigger';
const NODE_NAME = 'Naver Commerce Trigger';

class TriggerNodeTypes implements INodeTypes {
	// A fresh node object per instance, as after a process restart.
	private readonly trigger: INodeType = new NaverCommerceTrigger();

	getByName(): INodeType {
		return this.trigger;
	}

	getByNameAndVersion(type: string): INodeType {
		if (type !== TRIGGER_TYPE) throw new Error(`Unknown node type ${type}`);
		return this.trigger;
	}

	getKnownTypes() {
		return {};
	}
}

function additionalDataFor(
	credentialsHelper: StoredCredentialsHelper,
): IWorkflowExecuteAdditionalData {
	return {
		credentialsHelper,
		executionId: 'poll',
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://127.0.0.1/rest',
		instanceBaseUrl: 'http://127.0.0.1/',
		webhookBaseUrl: 'http://127.0.0.1/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1/webhook-test',
		formWaitingBaseUrl: 'http://127.0.0.1/form-waiting',
		variables: {},
		executeWorkflow: async () => {
			throw new Error('not used');
		},
		getRunExecutionData: async () => undefined,
		logAiEvent: () => {},
		startRunnerTask: async () => {
			throw new Error('not used');
		},
	} as unknown as IWorkflowExecuteAdditionalData;
}

export type Persistence = 'legacy' | 'durable';

export interface PollOutcome {
	items?: INodeExecutionData[];
	error?: Error;
}

type StaticData = IDataObject & { __dataChanged?: boolean };

/** One n8n instance running one active workflow: Naver Commerce Trigger, nothing else. */
export class TriggerHost {
	/** The database's copy of the workflow's static data. */
	savedStaticData = '{}';
	/** Durable cursors: the node's poller_state row (its cursor column); undefined before it exists. */
	savedPollerCursor?: string;
	/** Items of every execution the trigger started and n8n stored, in order. */
	readonly executions: INodeExecutionData[][] = [];
	readonly errors: Error[] = [];
	dropNextExecution = false;
	/** n8n activates with 'init' at startup; the same context then serves every tick. */
	activationMode: WorkflowActivateMode = 'init';
	private running?: { workflow: Workflow; node: INode };

	constructor(
		private readonly credentialsHelper: StoredCredentialsHelper,
		private readonly parameters: IDataObject,
		readonly persistence: Persistence = 'legacy',
	) {}

	private start(): { workflow: Workflow; node: INode } {
		const node: INode = {
			id: 'trigger-node',
			name: NODE_NAME,
			type: TRIGGER_TYPE,
			typeVersion: 1,
			position: [0, 0],
			parameters: this.parameters as INode['parameters'],
			credentials: { naverCommerceApi: { id: CREDENTIAL_ID, name: 'Naver Commerce (emulator)' } },
		};
		const workflow = new Workflow({
			id: 'wf-trigger',
			name: 'Trigger test',
			nodes: [node],
			connections: {},
			active: true,
			nodeTypes: new TriggerNodeTypes(),
			staticData: JSON.parse(this.savedStaticData) as IDataObject,
			settings: { executionOrder: 'v1' },
		});
		return { workflow, node };
	}

	/** What n8n's WorkflowStaticDataService.saveStaticData does: save only when changed. */
	private saveStaticData(workflow: Workflow): void {
		const staticData = workflow.staticData as StaticData;
		if (staticData.__dataChanged === true) {
			this.savedStaticData = JSON.stringify(staticData);
			staticData.__dataChanged = false;
		}
	}

	/**
	 * Activation, as at `n8n start` or after a restart: one poll whose errors fail the activation.
	 * n8n's WorkflowTriggerActivator saves the workflow's static data afterwards in both modes.
	 */
	async activate(): Promise<PollOutcome> {
		this.running = this.start();
		const outcome = await this.poll(true);
		this.saveStaticData(this.running.workflow);
		return outcome;
	}

	/** The process dies: whatever was only in memory is gone. */
	stop(): void {
		this.running = undefined;
	}

	async restart(): Promise<PollOutcome> {
		this.stop();
		return await this.activate();
	}

	/**
	 * One scheduled poll (cron tick), or with `testingTrigger` the poll n8n runs while activating,
	 * which throws its errors and commits no staged cursor when it emits nothing.
	 */
	async poll(testingTrigger = false): Promise<PollOutcome> {
		const durable = this.persistence === 'durable';
		// n8n's scheduler builds each scheduled poll's workflow from the database.
		if (durable && !testingTrigger) this.running = this.start();
		this.running ??= this.start();
		const { workflow, node } = this.running;

		// Durable cursors: the poll sees a copy of the committed cursor, as __runPoll stages it
		// (PollerStateRepository.getOrCreateCursor seeds a new row from the node's static data).
		let snapshot: IDataObject | undefined;
		let seed = '';
		const stage = () => {
			if (this.savedPollerCursor === undefined) {
				const saved = JSON.parse(this.savedStaticData) as IDataObject;
				this.savedPollerCursor = JSON.stringify(saved[`node:${NODE_NAME}`] ?? {});
			}
			snapshot = JSON.parse(this.savedPollerCursor) as IDataObject;
			seed = JSON.stringify(snapshot);
		};
		const commitStaged = () => {
			if (snapshot === undefined || JSON.stringify(snapshot) === seed) return;
			this.savedPollerCursor = JSON.stringify(snapshot);
			seed = JSON.stringify(snapshot);
		};

		let emitted: INodeExecutionData[][] | undefined;
		const context = new PollContext(
			workflow,
			node,
			additionalDataFor(this.credentialsHelper),
			'trigger',
			// Scheduled polls of the durable scheduler run with activation 'update'.
			durable && !testingTrigger ? 'update' : this.activationMode,
			(data) => {
				emitted = data;
				// n8n saves the workflow's static data on every emit, before the execution starts.
				if (durable) this.saveStaticData(workflow);
				if (this.dropNextExecution) {
					this.dropNextExecution = false;
					return;
				}
				if (durable) commitStaged();
				else this.saveStaticData(workflow);
				this.executions.push(data[0]);
			},
			(error) => {
				this.errors.push(error);
			},
			async () => {
				if (durable) commitStaged();
			},
			async (poll) => {
				if (durable) stage();
				return await poll();
			},
			durable ? () => snapshot! : undefined,
		);

		// PollTriggerExecutor's steps, without its tracing and logging.
		try {
			await runPollInStagingScope(context, async () => {
				const response = await new TriggersAndPollers().runPollFunction(workflow, node, context);
				if (response !== null) context.__emit(response);
				else if (!testingTrigger) await commitStagedCursor(context);
			});
		} catch (error) {
			if (!testingTrigger) context.__emitError(error as Error);
			return { error: error as Error };
		}
		return { items: emitted?.[0] };
	}

	/** "Fetch Test Event" in the editor: a manual-mode poll of a workflow that is not active. */
	async fetchTestEvent(): Promise<PollOutcome> {
		const { workflow, node } = this.start();
		const context = new PollContext(
			workflow,
			node,
			additionalDataFor(this.credentialsHelper),
			'manual',
			'manual',
		);
		try {
			const response = await new TriggersAndPollers().runPollFunction(workflow, node, context);
			return { items: response?.[0] };
		} catch (error) {
			return { error: error as Error };
		}
	}

	/**
	 * The node's static data as saved in the database: its poller_state row with durable cursors,
	 * its part of the workflow's static data otherwise.
	 */
	savedNodeStaticData(): IDataObject {
		if (this.persistence === 'durable') {
			return JSON.parse(this.savedPollerCursor ?? '{}') as IDataObject;
		}
		return ((JSON.parse(this.savedStaticData) as IDataObject)[`node:${NODE_NAME}`] ??
			{}) as IDataObject;
	}

	/** The workflow's `global` static data as saved in the database. */
	savedGlobalStaticData(): IDataObject {
		return ((JSON.parse(this.savedStaticData) as IDataObject).global ?? {}) as IDataObject;
	}
}
