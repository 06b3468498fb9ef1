// Scaffolds an EF Core migration for one service, as `dotnet ef migrations add` would:
//   dotnet run --project tools/Migrations -- <service> <MigrationName>
// e.g. dotnet run --project tools/Migrations -- plans AddPlanPhases
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

var contexts = new Dictionary<string, (Type Context, string ProjectDir)>
{
    ["directory"] = (typeof(WardPlatform.Directory.Data.DirectoryDbContext), "services/Directory"),
    ["plans"] = (typeof(WardPlatform.Plans.Data.PlansDbContext), "services/Plans"),
    ["targets"] = (typeof(WardPlatform.Targets.Data.TargetsDbContext), "services/Targets"),
    ["commendations"] = (typeof(WardPlatform.Commendations.Data.CommendationsDbContext), "services/Commendations"),
    ["reports"] = (typeof(WardPlatform.Reports.Data.ReportsDbContext), "services/Reports"),
    ["rankings"] = (typeof(WardPlatform.Rankings.Data.RankingsDbContext), "services/Rankings"),
};

if (args.Length != 2 || !contexts.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: dotnet run --project tools/Migrations -- <{string.Join('|', contexts.Keys)}> <MigrationName>");
    return 2;
}

var root = FindRepositoryRoot();
var optionsType = typeof(DbContextOptionsBuilder<>).MakeGenericType(target.Context);
var optionsBuilder = (DbContextOptionsBuilder)Activator.CreateInstance(optionsType)!;
// The same model options the service uses at run time (ServiceDatabase.AddServiceDatabase).
optionsBuilder.UseNpgsql("Host=design-time").UseSnakeCaseNamingConvention();
// Contexts filtered by tenant take the caller's scope; design time is the system itself.
using var context = (DbContext)(target.Context.GetConstructors()[0].GetParameters().Length == 2
    ? Activator.CreateInstance(target.Context, optionsBuilder.Options, WardPlatform.Tenancy.TenantScope.System)
    : Activator.CreateInstance(target.Context, optionsBuilder.Options))!;

var reporter = new OperationReporter(new OperationReportHandler(
    error => Console.Error.WriteLine(error), warning => Console.WriteLine(warning),
    info => Console.WriteLine(info), verbose => { }));
var assembly = target.Context.Assembly;
var services = new DesignTimeServicesBuilder(assembly, assembly, reporter, []).Build(context);
var scaffolder = services.GetRequiredService<IMigrationsScaffolder>();
var migration = scaffolder.ScaffoldMigration(args[1], assembly.GetName().Name!, "Migrations");
var files = scaffolder.Save(Path.Combine(root, target.ProjectDir), migration, Path.Combine(root, target.ProjectDir, "Migrations"));
Console.WriteLine($"Wrote {files.MigrationFile}, {files.MetadataFile}, {files.SnapshotFile}");
return 0;

static string FindRepositoryRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "WardPlatform.sln"))) return dir.FullName;
    throw new InvalidOperationException("Run this from inside the repository.");
}
