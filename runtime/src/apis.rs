//! The runtime APIs the node and clients (polkadot.js, subxt, the benchmark CLI) call.

use alloc::vec::Vec;
use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	weights::Weight,
};
use pallet_grandpa::AuthorityId as GrandpaId;
use sp_api::impl_runtime_apis;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata};
use sp_runtime::{
	traits::{Block as BlockT, NumberFor},
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult,
};
use sp_version::RuntimeVersion;

use super::{
	AccountId, Aura, Balance, Block, BlockNumber, Consensus, Executive, Grandpa, InherentDataExt,
	Nonce, Runtime, RuntimeCall, RuntimeGenesisConfig, SessionKeys, System, TransactionPayment,
	Treasury, Voting, VERSION,
};

impl_runtime_apis! {
	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block);
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> sp_runtime::ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl frame_support::view_functions::runtime_api::RuntimeViewFunction<Block> for Runtime {
		fn execute_view_function(
			id: frame_support::view_functions::ViewFunctionId,
			input: Vec<u8>,
		) -> Result<Vec<u8>, frame_support::view_functions::ViewFunctionDispatchError> {
			Runtime::execute_view_function(id, input)
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
		fn slot_duration() -> sp_consensus_aura::SlotDuration {
			sp_consensus_aura::SlotDuration::from_millis(Aura::slot_duration())
		}

		fn authorities() -> Vec<AuraId> {
			pallet_aura::Authorities::<Runtime>::get().into_inner()
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(
			owner: Vec<u8>,
			seed: Option<Vec<u8>>,
		) -> sp_session::OpaqueGeneratedSessionKeys {
			SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(
			encoded: Vec<u8>,
		) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl sp_consensus_grandpa::GrandpaApi<Block> for Runtime {
		fn grandpa_authorities() -> sp_consensus_grandpa::AuthorityList {
			Grandpa::grandpa_authorities()
		}

		fn current_set_id() -> sp_consensus_grandpa::SetId {
			Grandpa::current_set_id()
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			_equivocation_proof: sp_consensus_grandpa::EquivocationProof<
				<Block as BlockT>::Hash,
				NumberFor<Block>,
			>,
			_key_owner_proof: sp_consensus_grandpa::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			// No session pallet: equivocations are not reported on this chain.
			None
		}

		fn generate_key_ownership_proof(
			_set_id: sp_consensus_grandpa::SetId,
			_authority_id: GrandpaId,
		) -> Option<sp_consensus_grandpa::OpaqueKeyOwnershipProof> {
			None
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}
		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}
		fn query_call_fee_details(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	#[api_version(4)]
	impl pallet_voting::runtime_api::VotingApi<Block, AccountId, Balance, BlockNumber, Balance> for Runtime {
		fn proposal(
			community: pallet_voting::CommunityId,
			proposal: pallet_voting::ProposalId,
		) -> Option<pallet_voting::ProposalView<BlockNumber, AccountId, Balance>> {
			Voting::proposal_view(community, proposal)
		}

		fn frozen_budget(who: AccountId) -> pallet_voting::BudgetView<Balance> {
			Voting::budget_view(&who)
		}

		fn whitelist_progress(
			community: pallet_voting::CommunityId,
			candidate: AccountId,
		) -> Option<pallet_voting::WhitelistProgress> {
			Voting::whitelist_progress(community, &candidate)
		}

		fn community(community: pallet_voting::CommunityId) -> Option<pallet_voting::Community<AccountId, Balance>> {
			pallet_voting::Communities::<Runtime>::get(community)
		}

		fn can_deregister(community: pallet_voting::CommunityId, who: AccountId) -> bool {
			Voting::member_can_deregister(community, &who)
		}

		fn pending_executions(community: pallet_voting::CommunityId) -> Vec<pallet_voting::PendingExecution<Balance>> {
			Voting::pending_executions(community)
		}

		fn execution_receipt(
			community: pallet_voting::CommunityId,
			proposal: pallet_voting::ProposalId,
		) -> Option<pallet_voting::ExecutionReceipt<AccountId, BlockNumber, Balance, Balance>> {
			Voting::execution_receipt(community, proposal)
		}

		fn job_status(
			community: pallet_voting::CommunityId,
			job: pallet_voting::ProposalId,
		) -> pallet_voting::JobStatus<AccountId, BlockNumber, Balance> {
			Voting::job_status(community, job)
		}

		fn reserved(community: pallet_voting::CommunityId) -> Balance {
			<Treasury as pallet_voting::PotLedger<_, _, _>>::reserved(community)
		}

		fn claimable_payments(
			community: pallet_voting::CommunityId,
			executor: AccountId,
		) -> Vec<pallet_voting::ClaimablePayment<BlockNumber, Balance>> {
			Voting::claimable_payments(community, &executor)
		}
	}

	impl pallet_community_treasury::runtime_api::TreasuryApi<Block, pallet_voting::CommunityId, AccountId, Balance> for Runtime {
		fn pot(community: pallet_voting::CommunityId) -> Option<pallet_community_treasury::PotView<AccountId, Balance>> {
			Treasury::pot_view(community)
		}

		fn position(
			community: pallet_voting::CommunityId,
			who: AccountId,
		) -> Option<pallet_community_treasury::PositionView<Balance>> {
			Treasury::position_view(community, &who)
		}

		fn native_per_payment() -> sp_runtime::FixedU128 {
			pallet_community_treasury::NativePerPayment::<Runtime>::get()
		}

		fn quote_contribute(
			community: pallet_voting::CommunityId,
			who: AccountId,
			amount: Balance,
		) -> Result<pallet_community_treasury::ContributionQuote<Balance>, sp_runtime::DispatchError> {
			Treasury::quote_contribute(community, &who, amount)
		}

		fn quote_withdraw(
			community: pallet_voting::CommunityId,
			who: AccountId,
			shares: Balance,
		) -> Result<pallet_community_treasury::WithdrawalQuote<Balance>, sp_runtime::DispatchError> {
			Treasury::quote_withdraw(community, &who, shares)
		}
	}

	#[api_version(3)]
	impl pallet_consensus::runtime_api::ConsensusApi<Block, AccountId, Balance, Balance> for Runtime {
		fn model_peers(model: pallet_consensus::ModelId) -> Vec<pallet_consensus::PeerView<AccountId, Balance, Balance>> {
			Consensus::model_peer_views(model)
		}

		fn penalty_count(who: AccountId) -> u32 {
			pallet_consensus::AccountPenaltyCount::<Runtime>::get(who)
		}

		fn submit_status(model: pallet_consensus::ModelId, who: AccountId) -> pallet_consensus::SubmitStatus {
			Consensus::submit_status(model, &who)
		}

		fn current_epoch() -> pallet_consensus::Epoch {
			Consensus::current_epoch()
		}

		fn model_funding(model: pallet_consensus::ModelId) -> pallet_consensus::FundingView<AccountId, Balance> {
			Consensus::funding_view(model)
		}

		fn participation(model: pallet_consensus::ModelId, who: AccountId) -> pallet_consensus::ParticipationView {
			Consensus::participation_view(model, &who)
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			use frame_benchmarking::BenchmarkList;
			use frame_support::traits::StorageInfoTrait;
			use frame_system_benchmarking::Pallet as SystemBench;
			use super::*;

			let mut list = Vec::<BenchmarkList>::new();
			list_benchmarks!(list, extra);

			let storage_info = AllPalletsWithSystem::storage_info();
			(list, storage_info)
		}

		#[allow(non_local_definitions)]
		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			use frame_benchmarking::BenchmarkBatch;
			use frame_support::traits::TrackedStorageKey;
			use frame_system_benchmarking::Pallet as SystemBench;
			use super::*;

			impl frame_system_benchmarking::Config for Runtime {
				/// `set_code` is measured with this runtime's own code (`:code` of the benchmark
				/// genesis). The trait's default embeds a 4 MB kitchensink runtime, which would
				/// ride along in every wasm built with `runtime-benchmarks` (the test runtime and
				/// its live-upgrade twin included). The version checks `set_code` makes are off
				/// under `runtime-benchmarks`, so the same code is accepted.
				fn prepare_set_code_data() -> Vec<u8> {
					frame_support::storage::unhashed::get_raw(sp_core::storage::well_known_keys::CODE)
						.unwrap_or_default()
				}
			}

			use frame_support::traits::WhitelistedStorageKeys;
			let mut whitelist: Vec<TrackedStorageKey> =
				AllPalletsWithSystem::whitelisted_storage_keys();
			// Read by pallet-consensus's `on_initialize` in every block, like the block number.
			whitelist.push(crate::configs::EpochSchedule::key().to_vec().into());

			let mut batches = Vec::<BenchmarkBatch>::new();
			let params = (&config, &whitelist);
			add_benchmarks!(params, batches);

			Ok(batches)
		}
	}

	#[cfg(feature = "try-runtime")]
	impl frame_try_runtime::TryRuntime<Block> for Runtime {
		fn on_runtime_upgrade(checks: frame_try_runtime::UpgradeCheckSelect) -> (Weight, Weight) {
			let weight = Executive::try_runtime_upgrade(checks)
				.unwrap_or_else(|e| panic!("try_runtime_upgrade failed: {e:?}"));
			(weight, super::configs::RuntimeBlockWeights::get().max_block)
		}

		fn execute_block(
			block: <Block as BlockT>::LazyBlock,
			state_root_check: bool,
			signature_check: bool,
			select: frame_try_runtime::TryStateSelect,
		) -> Weight {
			Executive::try_execute_block(block, state_root_check, signature_check, select)
				.unwrap_or_else(|e| panic!("try_execute_block failed: {e:?}"))
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, crate::genesis_config_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			crate::genesis_config_presets::preset_names()
		}
	}
}
