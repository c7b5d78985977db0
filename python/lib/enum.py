# enum -- casyncio's Python's enum module, written for it after CPython 3.11's
# behaviour (not its code, a far larger design): Enum, Flag, auto, unique and
# the functional API, with CPython's reprs, strs and messages.  EnumType is
# a metaclass (object.c, "metaclasses"): it makes the members once the class
# exists, from the class body's namespace in order (the body runs in a
# plain dict: CPython's _EnumDict is not needed for that), and its dunders
# make the class iterable, sized and subscriptable.  IntEnum, StrEnum and
# IntFlag subclass int and str.

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'ReprEnum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'auto', 'unique',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'member', 'nonmember', 'verify', 'EnumCheck',
           'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'global_enum', 'property']

_function = type(lambda: None)
_auto_null = object()
# the names the classes below bind, None while they are being made
Enum = Flag = ReprEnum = None


_descriptor_types = (_function, property, staticmethod, classmethod)  # (enum.property is refused below)


def _is_descriptor(obj):
    if isinstance(obj, _descriptor_types):
        return True
    t = type(obj)
    return hasattr(t, '__get__') or hasattr(t, '__set__') or hasattr(t, '__delete__')


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    prefix = '_%s__' % cls_name.lstrip('_')
    return name.startswith(prefix) and len(name) > len(prefix) and not name.endswith('_')


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _bits(num):
    # the bits of a non-negative int, lowest first
    while num:
        b = num & -num
        yield b
        num ^= b


def _bin(num, max_bits=None):
    # CPython's enum.bin(): '0b0 0111', the sign bit apart
    ceiling = 2 ** num.bit_length()
    s = bin(num + ceiling).replace('1', '0', 1) if num >= 0 else bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = s[:3], s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value
        self._op = None

    def __repr__(self):
        return 'auto(%r)' % (self.value,)

    # CPython's class body sees the values of auto() at once (its _EnumDict):
    # here `RW = R | W` of two auto() is an auto() worked out with them
    def _expr(self, fn, *operands):
        a = auto()
        a._op = fn, operands
        return a

    def _resolve(self):
        # an expression's operands first (those of `A | B | C` are an expression too)
        if self._op and self.value is _auto_null:
            fn, operands = self._op
            self.value = fn(*[x._resolve() if isinstance(x, auto) else x for x in operands])
        return self.value

    def __or__(self, other):
        return self._expr(lambda a, b: a | b, self, other)

    def __and__(self, other):
        return self._expr(lambda a, b: a & b, self, other)

    def __xor__(self, other):
        return self._expr(lambda a, b: a ^ b, self, other)

    def __ror__(self, other):
        return self._expr(lambda a, b: a | b, other, self)

    def __rand__(self, other):
        return self._expr(lambda a, b: a & b, other, self)

    def __rxor__(self, other):
        return self._expr(lambda a, b: a ^ b, other, self)

    def __invert__(self):
        return self._expr(lambda a: ~a, self)


class _member_attr:
    # name and value of a member: read-only, with CPython's words
    def __init__(self, fget):
        self.fget = fget

    def __set_name__(self, owner, name):
        self.owner, self.name = owner.__name__, name

    def __get__(self, obj, cls=None):
        if obj is None:
            raise AttributeError('%r has no attribute %r' % (cls, self.name))
        return self.fget(obj)

    def __set__(self, obj, value):
        raise AttributeError('<enum %r> cannot set attribute %r' % (self.owner, self.name))

    def __delete__(self, obj):
        raise AttributeError('<enum %r> cannot delete attribute %r' % (self.owner, self.name))


class FlagBoundary:
    pass


STRICT, CONFORM, EJECT, KEEP = 'strict', 'conform', 'eject', 'keep'


class member(object):
    """
    Forces item to become an Enum member during class creation.
    """
    def __init__(self, value):
        self.value = value


class nonmember(object):
    """
    Protects item from becoming an Enum member during class creation.
    """
    def __init__(self, value):
        self.value = value


_member, _nonmember = member, nonmember  # (functions below have locals named member)


class _EnumDict(dict):
    # the class body's namespace (EnumType.__prepare__): refuses a member's name bound
    # twice, or bound as a member after a method or the like, in CPython's words
    def __init__(self, cls_name):
        super().__init__()
        self._cls_name = cls_name
        self._member_names = set()
        self._ignore = ()

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key) or _is_dunder(key):
            pass
        elif _is_sunder(key):
            if key == '_ignore_':
                self._ignore = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore or isinstance(value, _nonmember) or (_is_descriptor(value) and not isinstance(value, _member)):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            self._member_names.add(key)
        super().__setitem__(key, value)


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return _EnumDict(cls)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        members = {}
        for key in list(classdict):
            value = classdict[key]
            if key in ignore or key == '_ignore_':
                del classdict[key]
            elif isinstance(value, _nonmember):
                dict.__setitem__(classdict, key, value.value)
            elif isinstance(value, _member):
                members[key] = value.value
                del classdict[key]
            elif not (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or _is_descriptor(value)):
                members[key] = value
                del classdict[key]
        gnv = classdict.get('_generate_next_value_')
        if isinstance(gnv, _function):
            classdict['_generate_next_value_'] = staticmethod(gnv)
        # a __new__ of the class body makes its members; the class's own is Enum's, which looks them up
        new_member = classdict.pop('__new__', None) if Enum is not None else None
        classdict['_member_names_'] = []
        classdict['_member_map_'] = {}
        classdict['_value2member_map_'] = {}
        classdict['_member_type_'] = member_type
        if boundary is not None or '_boundary_' not in classdict:
            classdict['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        # repr, str and format are the enum's, not those of a mixed-in data type or object (a ReprEnum
        # keeps the data type's str and format)
        # (with a data type, the one found is put in the class itself)
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name in classdict or first_enum is None:
                continue
            if ReprEnum is not None and ReprEnum in bases and name in ('__str__', '__format__'):
                continue
            owner = next(b for b in enum_class.__mro__ if name in b.__dict__)
            if owner is member_type or owner is object:
                type.__setattr__(enum_class, name, getattr(first_enum, name))
            elif member_type is not object:
                type.__setattr__(enum_class, name, owner.__dict__[name])
        # and a Flag's operators are Flag's, not the data type's
        if Flag is not None and issubclass(enum_class, Flag):
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if name not in classdict:
                    type.__setattr__(enum_class, name, Flag.__dict__[name])
        if new_member is not None:
            type.__setattr__(enum_class, '_new_member_', staticmethod(new_member))
        if member_type is not object and Enum is not None:  # Color(value) looks the member up
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
        new_member = getattr(enum_class, '_new_member_', None)
        use_args = new_member is not None or member_type is not object
        if new_member is None:
            new_member = member_type.__new__ if member_type is not object else object.__new__
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        values = []
        for name, value in members.items():
            if isinstance(value, auto):
                if value._op:
                    value._resolve()
                elif value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(name, 1, len(values), values[:])
                value = value.value
            values.append(value)
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            member = new_member(enum_class, *args) if use_args else new_member(enum_class)
            if not hasattr(member, '_value_'):
                member._value_ = value if member_type is object else member_type(*args)
            value = member._value_
            member._name_ = name
            member.__objclass__ = enum_class
            member.__init__(*args)
            canonical = None
            try:
                canonical = enum_class._value2member_map_.get(value)
            except TypeError:
                for m in enum_class._member_map_.values():
                    if m._value_ == value:
                        canonical = m
                        break
            if canonical is not None:
                member = canonical
            elif not is_flag or _is_single_bit(value):
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_.setdefault(value, member)
            except TypeError:
                pass
            type.__setattr__(enum_class, name, member)
        if is_flag:
            single = multi = 0
            for m in enum_class._member_map_.values():
                if _is_single_bit(m._value_):
                    single |= m._value_
                else:
                    multi |= m._value_
            if enum_class._boundary_ is not KEEP:
                missed = list(_bits(multi & ~single))
                if missed:
                    raise TypeError('invalid Flag %r -- missing values: %s' % (cls, ', '.join(str(i) for i in missed)))
            type.__setattr__(enum_class, '_flag_mask_', single)
            type.__setattr__(enum_class, '_all_bits_', 2 ** single.bit_length() - 1)
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                            boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last = names, [], []
            for count, name in enumerate(original):
                value = first_enum._generate_next_value_(name, start, count, last[:])
                last.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            classdict[name] = value
        if module is None:
            module = '__main__'
        classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            _warn('in 3.12 __contains__ will no longer raise TypeError, but will return True or\n'
                  'False depending on whether the value is a member or the value of a member')
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__', '__iter__', '__len__',
                 '__members__', '__module__', '__name__', '__qualname__'} | set(cls._member_names_)
        if getattr(cls, '_new_member_', None) is not None:
            names.add('__new__')
        if cls._member_type_ is not object:
            names |= set(dir(cls._member_type_))
        return sorted(names)

    def __getattr__(cls, name):
        # CPython 3.11's: a name that is not found is AttributeError(name), with no suggestion
        if name[:2] == name[-2:] == '__' and len(name) > 4:
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return type(type.__dict__)(cls._member_map_)  # a mappingproxy, as CPython's

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % cls.__name__
        return '<enum %r>' % cls.__name__

    def __setattr__(cls, name, value):
        if name in cls._member_map_:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, Enum
        if not isinstance(bases[-1], EnumType):
            raise TypeError('new enumerations should be created as `EnumName([mixin_type, ...] [data_type,] enum_type)`')
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (class_name, base))
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        member_type = base._member_type_
                        break
                elif base.__module__ == 'builtins' or '__new__' in base.__dict__:
                    member_type = base
                    break
            if member_type is not object:
                break
        return member_type, bases[-1]


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        # CPython's: what _missing_ raises is raised with the ValueError as its context
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        try:
            if isinstance(result, cls):
                return result
            if getattr(cls, '_boundary_', None) is EJECT and isinstance(result, int):
                return result
            ve_exc = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
            if result is None and exc is None:
                raise ve_exc
            elif exc is None:
                exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                                % (cls.__name__, result))
            if not isinstance(exc, ValueError):
                exc.__context__ = ve_exc
            raise exc
        finally:
            exc = None
            ve_exc = None

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __dir__(self):
        names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__'}
        names |= {'name', 'value'} if self._member_type_ is object else set(object.__dir__(self))
        names |= {n for n in self.__dict__ if n[0] != '_'}
        for cls in type(self).__mro__:
            names |= {n for n in cls.__dict__ if n[0] != '_' and n not in self._member_map_}
        return sorted(names)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @_member_attr
    def name(self):
        return self._name_

    @_member_attr
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""
    def __str__(self):
        return repr(self._value_)
    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""
    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        member = str.__new__(cls, *values)
        member._value_ = str(*values)
        return member
    def __str__(self):
        return self._value_
    def __format__(self, format_spec):
        return format(self._value_, format_spec)
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum, boundary=STRICT):
    """Support for flags"""

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        try:
            high = last.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last) from None
        return 2 ** (high + 1)

    @classmethod
    def _iter_member_(cls, value):
        # in definition order (CPython's: by value, unless the members were not defined in that order)
        for name in cls._member_names_:
            member = cls._member_map_[name]
            if value & member._value_:
                yield member

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        mask, all_bits = cls._flag_mask_, cls._all_bits_
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ mask):
            if cls._boundary_ is STRICT:
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _bin(value, width), _bin(mask, width)))
            if cls._boundary_ is CONFORM:
                value = value & mask
        neg = None
        if value < 0:
            neg = value
            value = all_bits + 1 + value
        known, unknown = value & mask, value & ~mask
        pseudo = object.__new__(cls) if cls._member_type_ is object else cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        if known:
            pseudo._name_ = '|'.join(m._name_ for m in cls._iter_member_(known))
            if unknown:
                pseudo._name_ += '|%r' % unknown
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg is not None:
            cls._value2member_map_[neg] = pseudo
        return pseudo

    def __repr__(self):
        if self._name_ is None:
            return '<%s: %r>' % (self.__class__.__name__, self._value_)
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __bool__(self):
        return bool(self._value_)

    def _other(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        v = self._other(other)
        return NotImplemented if v is None else self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other(other)
        return NotImplemented if v is None else self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other(other)
        return NotImplemented if v is None else self.__class__(self._value_ ^ v)

    __ror__, __rand__, __rxor__ = __or__, __and__, __xor__

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._flag_mask_ ^ self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""
    def __str__(self):
        return repr(self._value_)
    def __format__(self, format_spec):
        return format(self._value_, format_spec)


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items() if name != member.name]
    if duplicates:
        alias_details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


class EnumCheck(StrEnum):
    """
    various conditions to check an enumeration for
    """
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """
    Check an enumeration for various constraints. (see EnumCheck)
    """
    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        enum_type = 'flag' if Flag is not None and issubclass(enumeration, Flag) else 'enum'
        for check in self.checks:
            if check is UNIQUE:
                duplicates = [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]
                if duplicates:
                    alias_details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
                    raise ValueError('aliases found in %r: %s' % (enumeration, alias_details))
            elif check is CONTINUOUS:
                values = set(e.value for e in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if enum_type == 'flag':
                    missing = [2 ** i for i in range(low.bit_length() - 1, high.bit_length()) if 2 ** i not in values]
                else:
                    missing = [i for i in range(low + 1, high) if i not in values]
                if missing:
                    raise ValueError(('invalid %s %r: missing values %s' % (
                        enum_type, cls_name, ', '.join(str(m) for m in missing)))[:256])
            else:
                raise NotImplementedError(f"enum.verify({check.name}) is not supported by casyncio's Python")
        return enumeration


def _refused(name):
    def refuse(*args, **kwargs):
        raise NotImplementedError(f"enum.{name} is not supported by casyncio's Python")
    refuse.__name__ = refuse.__qualname__ = name
    return refuse


global_enum = _refused('global_enum')
property = _refused('property')
show_flag_values = _refused('show_flag_values')
