# types: SimpleNamespace as a config object shared by tasks, MethodType to
# bind a function by hand, and the names of the types of functions,
# coroutines and generators
import asyncio
import types

config = types.SimpleNamespace(workers=2, delay=0.1, name='demo')


async def worker(i, cfg):
    await asyncio.sleep(cfg.delay)
    cfg.done.append(i)
    return f'{cfg.name}-{i}'


async def main():
    config.done = []
    print(config)
    results = await asyncio.gather(*(worker(i, config) for i in range(config.workers)))
    print(results, config.done)
    print(config == types.SimpleNamespace(workers=2, delay=0.1, name='demo', done=[0, 1]), vars(config))
    del config.done
    print(config, repr(types.SimpleNamespace()))
    try:
        types.SimpleNamespace({'a': 1})
    except TypeError as e:
        print('TypeError:', e)
    try:
        {config: 1}
    except TypeError as e:
        print('TypeError:', e)
    try:
        config.missing
    except AttributeError as e:
        print('AttributeError:', e)

    class Greeter:
        pass

    def hello(self, who):
        return f'{type(self).__name__} says hello to {who}'

    g = Greeter()
    g.hello = types.MethodType(hello, g)
    print(g.hello('you'), type(g.hello) is types.MethodType)
    co = worker(9, config)
    print(isinstance(main, types.FunctionType), isinstance(co, types.CoroutineType),
          isinstance((x for x in ()), types.GeneratorType), isinstance(print, types.BuiltinFunctionType),
          isinstance(asyncio, types.ModuleType), isinstance(None, types.NoneType))
    co.close()
    for t in (types.FunctionType, types.CoroutineType, types.GeneratorType, types.AsyncGeneratorType,
              types.MethodType, types.BuiltinFunctionType, types.ModuleType, types.SimpleNamespace):
        print(t.__name__, t)
    try:
        types.MethodType(hello)
    except TypeError as e:
        print('TypeError:', e)


asyncio.run(main())
