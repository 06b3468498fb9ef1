using WardPlatform.Tests.Infrastructure;

// One PostgreSQL and one RabbitMQ for the whole run, started once.
[assembly: AssemblyFixture(typeof(TestServers))]
// Each service host has a virtual host of its own (TestServers.NewEventBus), so tests do not share queues;
// they still run one at a time because the end-to-end tests are heavy for a 2-core machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
