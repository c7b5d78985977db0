import types
config = types.MappingProxyType({'host': 'localhost', 'port': 8080})
print(config, config['port'], len(config), list(config.items()))
try:
    config['port'] = 1
except TypeError as e:
    print('TypeError:', e)
print(types.MappingProxyType[str, int], type(config) is types.MappingProxyType)
class P:
    __slots__ = ('x', 'y')
print(type(P.x) is types.MemberDescriptorType, types.MemberDescriptorType.__name__)
try:
    types.MappingProxyType([('a', 1)])
except TypeError as e:
    print('TypeError:', e)
print(config.get('user', 'guest'), 'host' in config, config.copy())
