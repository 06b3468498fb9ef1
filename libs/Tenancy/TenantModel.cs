using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace WardPlatform.Tenancy;

public static class TenantModel
{
    /// <summary>
    /// Gives every <see cref="ITenantOwned"/> entity a query filter on the context's scope, so no handler
    /// has to remember a WHERE. The filter reads the scope through the context instance, which EF Core
    /// turns into query parameters per context: one compiled query serves every tenant.
    /// </summary>
    public static ModelBuilder ApplyTenantFilters<TContext>(this ModelBuilder model, TContext context)
        where TContext : DbContext, ITenantScopedContext
    {
        foreach (var entity in model.Model.GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType)))
            model.Entity(entity.ClrType).HasQueryFilter(FilterFor(entity.ClrType, context));
        return model;
    }

    /// <summary>
    /// Narrows one entity's tenant filter further (call after <see cref="ApplyTenantFilters"/>): the record is seen when the
    /// tenant filter lets it through and <paramref name="also"/> holds, e.g. a province that does not see wards' drafts.
    /// </summary>
    public static ModelBuilder NarrowTenantFilter<TContext, TEntity>(this ModelBuilder model, TContext context, Expression<Func<TEntity, bool>> also)
        where TContext : DbContext, ITenantScopedContext where TEntity : class, ITenantOwned
    {
        var tenant = FilterFor(typeof(TEntity), context);
        var body = Expression.AndAlso(tenant.Body, ReplacingExpressionVisitor.Replace(also.Parameters[0], tenant.Parameters[0], also.Body));
        model.Entity<TEntity>().HasQueryFilter(Expression.Lambda<Func<TEntity, bool>>(body, tenant.Parameters));
        return model;
    }

    // e => ctx.Scope.SeesEverything || (ctx.Scope.SeesProvince ? e.ProvinceCode == ctx.Scope.Province : e.TenantCode == ctx.Scope.Tenant)
    private static LambdaExpression FilterFor<TContext>(Type entityType, TContext context) where TContext : DbContext, ITenantScopedContext
    {
        var entity = Expression.Parameter(entityType, "e");
        var scope = Expression.Property(Expression.Constant(context), nameof(ITenantScopedContext.Scope));
        var body = Expression.OrElse(
            Expression.Property(scope, nameof(TenantScope.SeesEverything)),
            Expression.Condition(
                Expression.Property(scope, nameof(TenantScope.SeesProvince)),
                Expression.Equal(Expression.Property(entity, nameof(ITenantOwned.ProvinceCode)), Expression.Property(scope, nameof(TenantScope.Province))),
                Expression.Equal(Expression.Property(entity, nameof(ITenantOwned.TenantCode)), Expression.Property(scope, nameof(TenantScope.Tenant)))));
        return Expression.Lambda(body, entity);
    }
}
