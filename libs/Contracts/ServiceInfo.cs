namespace WardPlatform.Contracts;

/// <summary>What a service says about itself at its root: its resource name and its Vietnamese title.</summary>
public sealed record ServiceInfo(string Service, string Title);
