using WardPlatform.Contracts;
using WardPlatform.Http;
using WardPlatform.Tenancy;
using WardPlatform.Messaging;
using WardPlatform.Persistence;
using Microsoft.AspNetCore.Identity;
using WardPlatform.Directory.Data;
using WardPlatform.Directory.People;

namespace WardPlatform.Directory;

public static class Extensions
{
    public static IHostApplicationBuilder AddDirectoryServices(this IHostApplicationBuilder builder)
    {
        builder.AddApiDefaults();
        builder.AddWardAuthentication();
        builder.AddServiceDatabase<DirectoryDbContext>(ResourceNames.DirectoryDb);
        builder.AddEventBus<DirectoryDbContext>(ResourceNames.Directory);
        builder.Services.AddSingleton<IPasswordHasher<Person>, PasswordHasher<Person>>();
        return builder;
    }
}
