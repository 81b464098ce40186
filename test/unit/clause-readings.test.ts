import { expectCriterion, expectNoError } from '../helpers/model';

/**
 * Readings added after the clause model's first sessions, each with compliant twins that share
 * its words. The examples are wordings of our own, not copies of a fixture's clauses.
 */
describe('clause model readings', () => {
  it('reads what else a holder of the work may carry, a vendor named as other, and a right lost', () => {
    expectCriterion([
      'Any disk image containing this library must exclude all closed-source codecs.',
      'Every repository that hosts a copy of the Toolkit must host nothing under a proprietary licence.',
      'The Plugin cannot be distributed in any bundle that also contains another vendor\'s backup tool, so please remove one of them.',
      'You may ship the Agent in your distribution as long as the distribution carries no ad-blocking tools. If your image holds an ad blocker anywhere, you lose the right to distribute the Agent.',
    ], 9);
    expectNoError([
      'Any disk image containing this library may also include closed-source codecs; the library\'s own source must still be offered.',
      'Any package that includes the Software must not contain the Licensor\'s logo.',
      'You may not distribute the Software under the trademark of another vendor.',
      'You may ship the Agent in your distribution whatever else it carries, and no such distribution terminates your rights.',
      'A Licensee that ships a Device may include other programs under any terms, including terms that prohibit reverse engineering.',
    ]);
  });

  it('reads source kept at the licensor\'s discretion, lagging behind, encrypted, and changes that need approval', () => {
    expectCriterion([
      'If you want the source, file a request describing your project and we will decide whether to share it.',
      'The source code we only publish at the end of each calendar year.',
      'Source files are delivered encrypted and can be decrypted only by the Licensor.',
    ], 2);
    expectCriterion(['Any change to the parser requires written approval from the Licensor before release.'], 4);
    expectCriterion(['Derived checkpoints may be kept on your own machines but never published.'], 3);
    expectCriterion(['You may adapt the Tool, but anything you pass on has to go out under our commercial licence.'], 3);
    expectNoError([
      'If you need help building the source, file a request and we will decide whether to add a guide.',
      'If you send us a patch to the source, we will decide whether to merge it.',
      'Source files are delivered unencrypted; only release checksums are signed by the Licensor.',
      'Any change to the parser may be released without approval; approval is needed only to use the Licensor\'s name.',
    ]);
  });

  it('reads rights that do not pass on, a licence that starts with a command-line activation, and forks that need sign-off', () => {
    expectCriterion(['The permissions granted here are not passed on to people who receive the Package from you.'], 7);
    expectCriterion(['The licence only becomes valid once you authenticate through the vendor\'s CLI. Copies never activated are not licensed.'], 10);
    expectCriterion(['Forks that have not been signed off by the steering group may not be published.'], 3);
    expectNoError([
      'These reporting obligations are not passed to recipients; only the original licensee must report.',
      'Every commit must include a "Signed-off-by" line confirming the Developer Certificate of Origin.',
      'You may optionally activate through the CLI to receive update notices; copies never activated are fully licensed.',
    ]);
  });

  it('keeps labels, denials, answers and the licensor\'s own practice clean', () => {
    expectNoError([
      'Licensees may distribute patch files and binaries they build themselves, but only Reviewed Builds may be labelled "Acme Reviewed".',
      'The Setup Dialog is shown for convenience only; the licence applies to every copy, whether or not any button is clicked.',
      'If my employer\'s fork is terminated, do our customers lose their licence? No. Their rights come straight from the authors.',
      'A distribution of a modified Work must not use the version string of an Official Release.',
      'We publish the licence in plain words, and we can\'t give you legal advice about your own situation.',
      'The licence grants the same rights to everyone, and we don\'t screen or block anyone.',
      'Access to the Licensor API requires a key issued under separate terms; the Software is fully licensed without one.',
      'Our opt-out register is a promise about how we build datasets; it doesn\'t change the licence of models already released.',
      'Training courses are sold separately and are never a prerequisite for using, modifying or distributing the Software.',
      'No feature of the Software is withheld from licensees who do not buy a support plan, and anyone may offer competing plans.',
      'Persons who need none of the extra services need not sign anything; none of your users needs to sign the company licence with us.',
    ]);
  });

  it('reads sale kept by the licensor, sharing tuned weights that needs a new licence, and rights that end on a use', () => {
    expectCriterion([
      'Only the copyright holders may sell copies of the Library.',
      'Mirroring the app is fine, but selling it, even inside a bundle, is something only the authors do.',
    ], 1);
    expectCriterion([
      'Publishing tuned checkpoints is not permitted without a new licence from the maintainers.',
      'Derived checkpoints may be distributed only under the licence the Licensor picks at that time, which may add further restrictions on use.',
    ], 3);
    expectCriterion(['If you deploy the Software for oil exploration, your rights under Section 2 terminate.'], 6);
    expectNoError([
      'If you deploy the Software for oil exploration, your rights under Section 2 do not terminate.',
      'Reselling for a fee requires no separate agreement with the authors.',
      'If you sell a product that includes this library, you owe the authors nothing.',
      'Agencies with more than 10,000 staff need no commercial licence; support contracts are sold separately.',
      'Any person, whether or not it employs fewer than 50 people, receives the same rights.',
      'Returning the partner form is needed only to join the partner programme; recipients acquire their rights automatically.',
      'You may sell the Tool alone or bundled with other products, but may not market it under our trademarks.',
      'Only the Licensor may use the Licensor\'s trademarks.',
    ]);
  });

  it('reads a size threshold that stands in the definition of a term the clause uses', () => {
    expectCriterion(['"Heavy User" means any organisation with more than 2,000,000 monthly visitors. The licence in Section 2 terminates automatically for every Heavy User.'], 5);
    expectNoError([
      '"Heavy User" means any organisation with more than 2,000,000 monthly visitors. Heavy Users are asked, not required, to tell us how they use the Software.',
      '"Heavy User" means any organisation with more than 2,000,000 monthly visitors. The licence in Section 2 does not terminate for any Heavy User.',
    ]);
  });

  it('reads the items of a list of the licensor\'s promises, or of what a duty does not reach, as binding nobody', () => {
    expectNoError([
      'Things the Marrow Foundation will not do:\n- revoke the licence for any release already published;\n- relicense contributions without their authors\' consent.',
      'The source-offer duty does not extend to:\n- programs that merely talk to the Library over a socket;\n- private modifications that you never distribute to anyone.',
      'This Licence does not grant:\n- access to the Licensor\'s hosted build service;\n- use of the Licensor\'s logos.',
    ]);
    expectCriterion(['You shall not:\n- use the Software for military purposes;\n- sell the Software.'], 6);
  });
});
