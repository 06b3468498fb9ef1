using WardPlatform.Tests.Infrastructure;

// One PostgreSQL and one RabbitMQ for the whole run, started once.
[assembly: AssemblyFixture(typeof(TestServers))]
// The tests share one broker whose queues are named by service, as in production: run them one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
