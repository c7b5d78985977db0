# Diamond inheritance with class attributes and methods: which one wins, and an MRO that cannot exist.
class Device:
    voltage = 230
    def info(self): return f"Device {self.voltage}V"

class Battery(Device):
    voltage = 12
    def info(self): return "Battery/" + super().info()

class Mains(Device):
    def info(self): return "Mains/" + super().info()

class Hybrid(Battery, Mains):
    pass

class Hybrid2(Mains, Battery):
    pass

for cls in (Hybrid, Hybrid2):
    print(cls.__name__, [c.__name__ for c in cls.mro()], cls.voltage, cls().info())
print(Hybrid.info is Battery.info, Hybrid.__dict__.get("info"), Mains.voltage)
Device.voltage = 110
print(Mains.voltage, Hybrid2.voltage, Hybrid.voltage)
del Battery.voltage
print(Hybrid.voltage)
class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class D(B, B): pass
except TypeError as e:
    print("TypeError:", e)
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
class R(P, Q): pass
