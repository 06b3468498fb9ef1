using WardPlatform.Audit;
using WardPlatform.Contracts;
using WardPlatform.Http;
using WardPlatform.Tenancy;
using WardPlatform.Messaging;
using WardPlatform.Persistence;
using Microsoft.AspNetCore.Identity;
using WardPlatform.Directory.Audit;
using WardPlatform.Directory.Data;
using WardPlatform.Directory.People;
using WardPlatform.Directory.SignIn;

namespace WardPlatform.Directory;

public static class Extensions
{
    public static IHostApplicationBuilder AddDirectoryServices(this IHostApplicationBuilder builder)
    {
        builder.AddApiDefaults();
        builder.AddWardAuthentication();
        builder.AddServiceDatabase<DirectoryDbContext>(ResourceNames.DirectoryDb);
        builder.AddEventBus<DirectoryDbContext>(ResourceNames.Directory, bus => bus.AddConsumer<AuditRecordedConsumer>());
        builder.AddAudit<DirectoryDbContext>(ResourceNames.Directory);
        builder.AddOpenIdServer();
        builder.Services.AddScoped<PasswordSignIn>();
        builder.Services.AddSingleton<IPasswordHasher<Person>, PasswordHasher<Person>>();
        return builder;
    }
}
