//! The machine the shell and program tests run on: an in-memory filesystem, a clock and a
//! seeded generator, behind the `sh::Machine` trait.

use layerlab::sh::Machine;
use layerlab::vfs::Fs as Vfs;

#[derive(Clone, Debug)]
pub struct TestMachine {
    pub fs: Vfs,
    pub clock: u64,
    pub seed: u64,
}

impl Machine for TestMachine {
    fn fs(&self) -> &Vfs {
        &self.fs
    }
    fn fs_mut(&mut self) -> &mut Vfs {
        &mut self.fs
    }
    fn now_ms(&self) -> u64 {
        self.clock
    }
    fn advance_ms(&mut self, ms: u64) {
        self.clock += ms;
    }
    fn random_u64(&mut self) -> u64 {
        self.seed = self.seed.wrapping_mul(6364136223846793005).wrapping_add(1);
        self.seed >> 11
    }
}
