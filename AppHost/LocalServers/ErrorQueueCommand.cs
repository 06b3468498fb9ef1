using System.Net.Http.Json;
using System.Text.Json;
using WardPlatform.Messaging;

namespace WardPlatform.AppHost.LocalServers;

/// <summary>
/// A dashboard command on the broker: moves every faulted message of every service's error queue ("…_error") back to
/// its queue, once what made it fail is fixed. The queues are listed through the management plugin.
/// </summary>
internal static class ErrorQueueCommand
{
    public const string Name = "replay-error-queues";

    public static IResourceBuilder<LocalRabbitMqResource> WithReplayErrorQueuesCommand(this IResourceBuilder<LocalRabbitMqResource> broker) =>
        broker.WithCommand(Name, "Phát lại hàng lỗi (replay error queues)", async context =>
        {
            var resource = broker.Resource;
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{resource.ManagementPort}/"), Timeout = TimeSpan.FromSeconds(10) };
            http.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String("guest:guest"u8.ToArray()));
            var queues = await http.GetFromJsonAsync<JsonElement>("api/queues?columns=name,vhost,messages", context.CancellationToken);
            var replayed = new List<string>();
            foreach (var queue in queues.EnumerateArray())
            {
                var name = queue.GetProperty("name").GetString()!;
                if (!name.EndsWith("_error", StringComparison.Ordinal) || queue.GetProperty("messages").GetInt32() == 0) continue;
                var vhost = queue.GetProperty("vhost").GetString()!;
                var connection = new UriBuilder(resource.ConnectionString) { Path = "/" + Uri.EscapeDataString(vhost) }.Uri.ToString();
                var count = await ErrorQueueReplayer.ReplayAsync(connection, name, ct: context.CancellationToken);
                replayed.Add($"{name}: {count}");
            }
            return CommandResults.Success(replayed.Count == 0 ? "Không có thông điệp lỗi nào." : "Đã phát lại " + string.Join(", ", replayed));
        }, new CommandOptions
        {
            UpdateState = context => context.ResourceSnapshot.State?.Text == KnownResourceStates.Running && !broker.Resource.IsExternal
                ? ResourceCommandState.Enabled : ResourceCommandState.Disabled,
            IconName = "ArrowRepeatAll",
        });

}
