using SignpostBot.Cli;

return await ContentTool.RunAsync(args, Console.In, Console.Out, Console.Error);
