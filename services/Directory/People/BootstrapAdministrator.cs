using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Directory.Data;
using WardPlatform.Tenancy;

namespace WardPlatform.Directory.People;

/// <summary>
/// The first platform administrator of a fresh installation, from configuration
/// (<c>Identity:BootstrapAdmin:UserName</c> and <c>:Password</c>): created once, when no platform administrator
/// exists yet. Everyone else is created by administrators through the API.
/// </summary>
public static class BootstrapAdministrator
{
    public static async Task EnsureBootstrapAdministratorAsync(this WebApplication app)
    {
        var userName = app.Configuration["Identity:BootstrapAdmin:UserName"]?.Trim().ToLowerInvariant();
        var password = app.Configuration["Identity:BootstrapAdmin:Password"];
        if (string.IsNullOrEmpty(userName) || string.IsNullOrEmpty(password)) return;

        await using var scope = app.Services.CreateAsyncScope();
        await using var db = DirectoryDbContext.AsSystem(scope.ServiceProvider);
        if (await db.People.AnyAsync(p => p.Role == WardRoles.PlatformAdministrator)) return;
        var admin = new Person
        {
            UserName = userName, DisplayName = "Quản trị nền tảng", Role = WardRoles.PlatformAdministrator,
            TenantCode = "", ProvinceCode = "",
        };
        admin.PasswordHash = new PasswordHasher<Person>().HashPassword(admin, password);
        db.People.Add(admin);
        await db.SaveChangesAsync();
        app.Logger.LogInformation("Created the bootstrap platform administrator {UserName}", userName);
    }
}
