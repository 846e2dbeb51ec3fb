using SignpostBot.Content;
using SignpostBot.DirectLine;
using SignpostBot.Health;
using SignpostBot.Hosting;
using SignpostBot.Messaging;
using SignpostBot.State;
using SignpostBot.Turns;
using SignpostBot.WebChat;

// The app's own settings (appsettings.json beside it) wherever it is started from: a script in the repository's root
// read none, and the framework's default logging wrote a line per request (about a quarter of a turn's CPU).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

// One clock for every part; tests put a FakeTimeProvider in its place.
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSignpostContent(builder.Configuration);
builder.Services.AddKnowledgeFromBlobStorage();
builder.Services.AddConversationState();
builder.Services.AddTurnRunner();
builder.Services.AddBotConnector(builder.Configuration);
builder.Services.AddDirectLine(builder.Configuration);
builder.Services.AddWebChat(builder.Configuration);
builder.Services.AddSignpostHealth();
builder.Services.AddInlineIo();

var app = builder.Build();

app.LoadSignpostContent();
app.UseSecurityHeaders();
app.MapBotMessages();
app.MapDirectLine();
app.MapWebChat();
app.MapSignpostHealth();

app.Run();

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
