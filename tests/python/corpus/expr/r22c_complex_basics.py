# a learner meets complex numbers
z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), type(z).__name__)
print(z * 1j, z / 2, z ** 2, (1j) ** 2, complex(1, -1), complex("2+3j"))
print(f"{z}", f"{z:.2f}", repr(complex(0, 0)), -0j, 1j == complex(0, 1))
import cmath
print(cmath.sqrt(-1), cmath.phase(-1), round(cmath.exp(1j * cmath.pi).real, 12))
z < 1j
