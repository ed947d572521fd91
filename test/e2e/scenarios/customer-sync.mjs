// examples/customer-sync.json: Code (customers from a CRM) → Customer: Create or Update by external ID (On Error:
// Continue) → Code (one report of the customers that failed) → Stop and Error (the run fails with the report, which
// the workflow's error workflow sends to the integration owner; see error-notification.mjs).
//
// Of the four customers, LeafLink refuses CRM-1001 (the emulator answers its create with a 400, as LeafLink does
// for a license number another customer has) and the node refuses CRM-1003 before sending (not an email address).
// The other two are created; a second run, with LeafLink no longer refusing, creates CRM-1001 and updates the two
// synced before: nothing is created twice.
const REFUSAL = { license_number: ['A customer with this license number already exists.'] };

/** Injects LeafLink's refusal of the create of CRM-1001. */
export function refuseNextCustomerCreate(emu) {
	emu.inject({
		fault: 'status',
		method: 'POST',
		path: '/customers/',
		// the node sends the customers side by side (Parallel Requests): refuse CRM-1001's, whenever it comes
		whenBody: (body) => body?.external_ids?.crm === 'CRM-1001',
		status: 400,
		body: REFUSAL,
	});
}

/** The report line the sync writes for each refused customer of the first run (used by error-notification.mjs). */
export const EXPECTED_FAILURES = [
	{
		crm_id: 'CRM-1001',
		name: 'Rocky Mountain Wellness',
		error:
			/^LeafLink rejected .*customer.*\(HTTP 400\).*license_number: A customer with this license number already exists/,
	},
	{
		crm_id: 'CRM-1003',
		name: 'Pueblo Green House',
		error: /^Email is not an email address: "purchasing at pueblogreen"/,
	},
];

const customersByCrmId = (emu) =>
	new Map(
		emu.db.customers
			.all()
			.filter((c) => /^CRM-/.test(c.external_ids?.crm ?? ''))
			.map((c) => [c.external_ids.crm, c]),
	);

export default {
	name: 'customer sync: failing customers are collected into one report and fail the run; the others sync; a re-run creates nothing twice',
	example: 'customer-sync.json',
	async run({ execute, nodeOutput, emu, assert, example }) {
		assert.equal(
			example.settings.errorWorkflow,
			'LLexErrorNotify1',
			'the sync names the error notification workflow',
		);
		assert.equal(customersByCrmId(emu).size, 0, 'the seed has none of these customers');
		const before = emu.db.customers.all().length;

		// first run: LeafLink refuses CRM-1001, the node refuses CRM-1003
		refuseNextCustomerCreate(emu);
		const first = await execute(undefined, { expectFailure: true });
		assert.equal(first.ok, false, 'the run fails: some customers did not sync');
		const run = first.run;
		assert.ok(run, `n8n printed the failed run\n${first.stdout.slice(-2000)}`);

		const upserted = nodeOutput(run, 'Create or update customer');
		assert.equal(
			upserted.length,
			4,
			'one item per customer, failed ones included (Continue On Fail)',
		);
		assert.match(upserted[0].error, EXPECTED_FAILURES[0].error);
		assert.equal(upserted[0].httpCode, '400');
		assert.match(upserted[2].error, EXPECTED_FAILURES[1].error);
		for (const i of [1, 3]) {
			assert.equal(upserted[i].error, undefined, `customer ${i + 1} synced`);
			assert.equal(upserted[i]._action, 'created');
		}

		const [report] = nodeOutput(run, 'Collect failures into one report');
		assert.equal(report.synced, 2);
		assert.equal(report.failed, 2);
		assert.deepEqual(
			report.failures.map((f) => [f.crm_id, f.name]),
			EXPECTED_FAILURES.map((f) => [f.crm_id, f.name]),
			'each failed customer, named by its CRM ID',
		);
		report.failures.forEach((f, i) => assert.match(f.error, EXPECTED_FAILURES[i].error));
		assert.match(
			report.report,
			/^2 of 4 customers did not sync to LeafLink:\n- CRM-1001 \(Rocky Mountain Wellness\): LeafLink rejected .*\n- CRM-1003 \(Pueblo Green House\): Email is not an email address/,
		);

		const error = run.data.resultData.error;
		assert.equal(run.data.resultData.lastNodeExecuted, 'Fail the run with the report');
		assert.equal(
			error.message,
			report.report,
			'the run fails with the report as its error, which the error workflow receives',
		);

		let synced = customersByCrmId(emu);
		assert.deepEqual(
			[...synced.keys()].sort(),
			['CRM-1002', 'CRM-1004'],
			'the customers that did not fail are in LeafLink',
		);
		assert.equal(synced.get('CRM-1002').name, 'Front Range Cannabis Co');
		assert.equal(synced.get('CRM-1002').email, 'orders@frontrange.example');
		assert.equal(synced.get('CRM-1004').license_number, '402R-01130');
		assert.equal(emu.db.customers.all().length, before + 2);
		const posts = () => emu.requests.filter((r) => r.template === 'POST /customers/');
		// requests go out side by side (Parallel Requests), so they reach LeafLink in any order
		assert.deepEqual(
			posts()
				.map((r) => r.body.external_ids?.crm)
				.sort(),
			['CRM-1001', 'CRM-1002', 'CRM-1004'],
			'no request for the customer the node refused',
		);
		const ids = new Map([...synced].map(([k, c]) => [k, c.id]));

		// second run: LeafLink takes CRM-1001 now; CRM-1003 is still wrong in the CRM
		const second = await execute(undefined, { expectFailure: true });
		assert.equal(second.ok, false);
		const again = nodeOutput(second.run, 'Create or update customer');
		assert.deepEqual(
			again.map((c) => c._action ?? 'failed'),
			['created', 'updated', 'failed', 'updated'],
		);
		const [report2] = nodeOutput(second.run, 'Collect failures into one report');
		assert.deepEqual(
			report2.failures.map((f) => f.crm_id),
			['CRM-1003'],
		);
		assert.match(
			second.run.data.resultData.error.message,
			/^1 of 4 customers did not sync to LeafLink:\n- CRM-1003/,
		);
		synced = customersByCrmId(emu);
		assert.deepEqual([...synced.keys()].sort(), ['CRM-1001', 'CRM-1002', 'CRM-1004']);
		for (const [k, id] of ids)
			assert.equal(synced.get(k).id, id, `${k} is the same customer, updated`);
		assert.equal(emu.db.customers.all().length, before + 3, 'one customer more, none twice');
		assert.equal(posts().length, 4, 'the second run created only CRM-1001');
		assert.equal(emu.requestsWithoutUserAgent(), 0);
	},
};
