//! SHA-1 and SHA-256 (FIPS 180-4), the two digests `hashlib` offers, written as plain loops. The RustCrypto
//! crates unroll their rounds and carry a generic block-buffer layer: about 5 KB of WebAssembly for two
//! hashes that a board uses rarely and never in bulk. Here the two share the buffering and the padding and
//! each compression is one loop, about a fifth of that.

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Algorithm {
    Sha1,
    Sha256,
}

impl Algorithm {
    pub const ALL: [Algorithm; 2] = [Algorithm::Sha1, Algorithm::Sha256];

    /// The name `hashlib` knows it by.
    pub fn name(self) -> &'static str {
        match self {
            Algorithm::Sha1 => "sha1",
            Algorithm::Sha256 => "sha256",
        }
    }
}

/// A running hash: feed it with `update`, read it with `digest` (which leaves it usable).
#[derive(Clone)]
pub struct Hasher {
    algorithm: Algorithm,
    state: [u32; 8],
    /// The partial block not yet compressed, `filled` bytes of it.
    block: [u8; 64],
    filled: usize,
    /// Bytes fed in all.
    length: u64,
}

const SHA1_INIT: [u32; 5] = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0];

const SHA256_INIT: [u32; 8] =
    [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/// SHA-256's round constants: the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
const SHA256_K: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
    0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
    0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
    0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2,
];

impl Hasher {
    pub fn new(algorithm: Algorithm) -> Hasher {
        let mut state = SHA256_INIT;
        if algorithm == Algorithm::Sha1 {
            state[..5].copy_from_slice(&SHA1_INIT);
        }
        Hasher { algorithm, state, block: [0; 64], filled: 0, length: 0 }
    }

    pub fn algorithm(&self) -> Algorithm {
        self.algorithm
    }

    /// The digest's length in bytes.
    pub fn size(&self) -> usize {
        match self.algorithm {
            Algorithm::Sha1 => 20,
            Algorithm::Sha256 => 32,
        }
    }

    pub fn update(&mut self, mut data: &[u8]) {
        self.length = self.length.wrapping_add(data.len() as u64);
        while !data.is_empty() {
            let n = data.len().min(64 - self.filled);
            self.block[self.filled..self.filled + n].copy_from_slice(&data[..n]);
            self.filled += n;
            data = &data[n..];
            if self.filled == 64 {
                self.compress();
                self.filled = 0;
            }
        }
    }

    /// The digest of everything fed so far.
    pub fn digest(&self) -> Vec<u8> {
        let mut h = self.clone();
        let bits = self.length.wrapping_mul(8);
        // A 1 bit, zeros up to 8 bytes short of a block's end, then the message length in bits.
        h.update(&[0x80]);
        while h.filled != 56 {
            h.update(&[0]);
        }
        h.update(&bits.to_be_bytes());
        h.state[..self.size() / 4].iter().flat_map(|w| w.to_be_bytes()).collect()
    }

    fn compress(&mut self) {
        let mut w = [0u32; 80];
        for (i, word) in self.block.chunks_exact(4).enumerate() {
            w[i] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
        }
        let mut v = self.state;
        match self.algorithm {
            Algorithm::Sha1 => {
                for i in 16..80 {
                    w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
                }
                for (i, &wi) in w.iter().enumerate() {
                    let [a, b, c, d, e, ..] = v;
                    let (f, k) = match i / 20 {
                        0 => ((b & c) | (!b & d), 0x5A827999),
                        1 => (b ^ c ^ d, 0x6ED9EBA1),
                        2 => ((b & c) | (b & d) | (c & d), 0x8F1BBCDC),
                        _ => (b ^ c ^ d, 0xCA62C1D6),
                    };
                    let t = a.rotate_left(5).wrapping_add(f).wrapping_add(e).wrapping_add(k).wrapping_add(wi);
                    v[..5].copy_from_slice(&[t, a, b.rotate_left(30), c, d]);
                }
            }
            Algorithm::Sha256 => {
                for i in 16..64 {
                    let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
                    let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
                    w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
                }
                for (&wi, &k) in w.iter().zip(&SHA256_K) {
                    let [a, b, c, d, e, f, g, h] = v;
                    let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
                    let choose = (e & f) ^ (!e & g);
                    let t1 = h.wrapping_add(s1).wrapping_add(choose).wrapping_add(k).wrapping_add(wi);
                    let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
                    let majority = (a & b) ^ (a & c) ^ (b & c);
                    let t2 = s0.wrapping_add(majority);
                    v = [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g];
                }
            }
        }
        for (s, x) in self.state.iter_mut().zip(v) {
            *s = s.wrapping_add(x);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Algorithm, Hasher};
    use sha2::Digest;

    fn hex(algorithm: Algorithm, data: &[u8]) -> String {
        let mut h = Hasher::new(algorithm);
        h.update(data);
        h.digest().iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn known_vectors() {
        // FIPS 180-4's examples (one block, two blocks) and the empty message.
        let two = b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
        assert_eq!(hex(Algorithm::Sha1, b""), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
        assert_eq!(hex(Algorithm::Sha1, b"abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
        assert_eq!(hex(Algorithm::Sha1, two), "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
        assert_eq!(hex(Algorithm::Sha256, b""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assert_eq!(hex(Algorithm::Sha256, b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assert_eq!(hex(Algorithm::Sha256, two), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    }

    /// Every length around the block and padding boundaries, fed whole and in uneven pieces, against the
    /// RustCrypto implementations.
    #[test]
    fn matches_rustcrypto() {
        let data: Vec<u8> = (0..300u32).map(|i| (i.wrapping_mul(2654435761) >> 24) as u8).collect();
        for len in 0..data.len() {
            let msg = &data[..len];
            for algorithm in [Algorithm::Sha1, Algorithm::Sha256] {
                let expected = match algorithm {
                    Algorithm::Sha1 => sha1::Sha1::digest(msg).to_vec(),
                    Algorithm::Sha256 => sha2::Sha256::digest(msg).to_vec(),
                };
                let mut whole = Hasher::new(algorithm);
                whole.update(msg);
                assert_eq!(whole.digest(), expected, "{algorithm:?} of {len} bytes");
                let mut pieces = Hasher::new(algorithm);
                for chunk in msg.chunks(1 + len % 37) {
                    pieces.update(chunk);
                    // Reading a digest midway must not disturb what follows.
                    pieces.digest();
                }
                assert_eq!(pieces.digest(), expected, "{algorithm:?} of {len} bytes in pieces");
            }
        }
    }
}
